import { describe, expect, it } from 'vitest';
import { generateClientKey } from './generate-key.ts';
import { hashKey } from './hash-key.ts';

describe('generateClientKey', () => {
  it('makes cch_ plus 40 base62 characters, different every time', () => {
    const keys = new Set(Array.from({ length: 200 }, generateClientKey));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(/^cch_[0-9A-Za-z]{40}$/);
  });

  it('draws every base62 character', () => {
    const seen = new Set(Array.from({ length: 100 }, () => generateClientKey().slice(4)).join(''));
    expect(seen.size).toBe(62);
  });
});

describe('hashKey', () => {
  it('is the lowercase hex SHA-256 of the key', async () => {
    expect(await hashKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
