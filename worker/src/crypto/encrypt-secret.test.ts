import { describe, expect, it } from 'vitest';
import { DecryptError, decryptSecret, encryptSecret } from './encrypt-secret.ts';

const key = 'k'.repeat(40);

describe('encryptSecret / decryptSecret', () => {
  it('round-trips a secret and never stores it in the clear', async () => {
    const sealed = await encryptSecret('sk-ant-very-secret-1234', key);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('secret');
    expect(await decryptSecret(sealed, key)).toBe('sk-ant-very-secret-1234');
  });

  it('uses a fresh IV each time, so equal secrets do not look equal', async () => {
    expect(await encryptSecret('same', key)).not.toBe(await encryptSecret('same', key));
  });

  it('refuses to decrypt under another ENCRYPTION_KEY', async () => {
    const sealed = await encryptSecret('sk-1', key);
    await expect(decryptSecret(sealed, 'x'.repeat(40))).rejects.toThrow(/ENCRYPTION_KEY differs/);
  });

  it('rejects tampered or foreign ciphertexts', async () => {
    const sealed = await encryptSecret('sk-1', key);
    const flipped = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'B' : 'A') + sealed.slice(-1);
    await expect(decryptSecret(flipped, key)).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptSecret('plain-text-key', key)).rejects.toThrow('Not an encrypted provider secret');
  });
});
