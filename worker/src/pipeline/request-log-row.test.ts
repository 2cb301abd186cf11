import { describe, expect, it } from 'vitest';
import { ProxyError } from '../errors.ts';
import { limitNameOf, rejectedRow } from './request-log-row.ts';

const context = { requestId: 'r1', startedAt: 1_000, endpoint: '/v1/messages', clientFormat: 'anthropic', userAgent: null, clientIp: '192.0.2.1' };

describe('limitNameOf', () => {
  it('names the Limiter limit of a 429 and failed-login throttling', () => {
    expect(limitNameOf(new ProxyError('rate_limited', 'Rate limit exceeded', { limitName: 'rpm' }))).toBe('rpm');
    expect(limitNameOf(new ProxyError('rate_limited', 'Too many failed authentication attempts', { code: 'auth_throttled' }))).toBe('authThrottle');
  });

  it('is undefined for every other refusal', () => {
    expect(limitNameOf(new ProxyError('unauthorized', 'Invalid API key'))).toBeUndefined();
    expect(limitNameOf(new ProxyError('bad_request', 'x', { limitName: 'rpm' }))).toBeUndefined();
  });
});

describe('rejectedRow', () => {
  it('keeps the refusing limit next to blocked-by', () => {
    const row = rejectedRow(context, new ProxyError('rate_limited', 'Rate limit exceeded: …', { limitName: 'daily' }), { userId: 3, keyId: 4 }, 1_050);
    expect(row).toMatchObject({ statusCode: 429, blockedBy: 'rate_limit', limitName: 'daily', userId: 3, durationMs: 50 });
    const auth = rejectedRow(context, new ProxyError('rate_limited', 'Too many', { code: 'auth_throttled' }), {}, 1_050);
    expect(auth).toMatchObject({ blockedBy: 'auth', limitName: 'authThrottle', userId: null });
  });
});
