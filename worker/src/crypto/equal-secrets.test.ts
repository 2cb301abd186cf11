import { describe, expect, it } from 'vitest';
import { equalSecrets } from './equal-secrets.ts';

describe('equalSecrets', () => {
  it('accepts only the identical secret', async () => {
    expect(await equalSecrets('token-abc', 'token-abc')).toBe(true);
    expect(await equalSecrets('token-abd', 'token-abc')).toBe(false);
    expect(await equalSecrets('token-ab', 'token-abc')).toBe(false);
    expect(await equalSecrets('', 'token-abc')).toBe(false);
  });
});
