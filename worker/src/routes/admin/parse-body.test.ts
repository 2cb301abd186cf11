import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './parse-body.ts';
import { createProviderSchema, patchProviderSchema } from './provider-schema.ts';
import { patchUserSchema } from './user-schema.ts';

describe('admin body validation', () => {
  it('keys messages by field path, with unknown fields and missing ones named as such', () => {
    const result = createProviderSchema.safeParse({ name: 'p', modelRedirects: [{ from: 'a' }], extra: 1 });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error?.issues ?? [])).toEqual({
      type: ['Required'],
      baseUrl: ['Required'],
      apiKey: ['Required'],
      'modelRedirects.0.to': ['Required'],
      extra: ['Unknown field'],
    });
  });

  it('names the body itself when it is not an object', () => {
    const result = patchUserSchema.safeParse([1]);
    expect(Object.keys(fieldErrorsOf(result.error?.issues ?? []))).toEqual(['body']);
  });

  it('normalises tags and treats an empty proxyUrl as none', () => {
    expect(patchProviderSchema.parse({ groupTag: ' a ,b,, a', proxyUrl: '' })).toEqual({ groupTag: 'a,b', proxyUrl: null });
    expect(patchProviderSchema.parse({ groupTag: ' , ' })).toEqual({ groupTag: null });
  });
});
