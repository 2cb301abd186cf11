import { describe, expect, it } from 'vitest';
import { checkUpstashToken } from './upstash-check-token.ts';

const token = 'AYNgAS2553feg6a2d9842h2a0gcdb5f8efe9934DQ=';

describe('checkUpstashToken', () => {
  it('accepts the token as a bearer header', () => {
    expect(checkUpstashToken({ authorization: `Bearer ${token}`, queryToken: null }, token)).toBe(true);
  });

  it('accepts the token as the _token query parameter', () => {
    expect(checkUpstashToken({ authorization: undefined, queryToken: token }, token)).toBe(true);
  });

  it.each([
    ['no credentials', undefined, null],
    ['a wrong bearer token', 'Bearer nope', null],
    ['a prefix of the token', `Bearer ${token.slice(0, -1)}`, null],
    ['a basic auth header', `Basic ${token}`, null],
    ['an empty bearer header', 'Bearer ', null],
    ['an empty query token', undefined, ''],
  ])('rejects %s', (_name, authorization, queryToken) => {
    expect(checkUpstashToken({ authorization, queryToken }, token)).toBe(false);
  });
});
