// Provider API keys at rest (SPEC §4.1): AES-256-GCM under a key derived from ENCRYPTION_KEY with
// HKDF-SHA-256. Stored form: `v1.<iv>.<ciphertext+tag>`, both base64url; the version lets the scheme
// change later without guessing.
import { decodeBase64Url, encodeBase64Url } from './encode-base64url.ts';

const version = 'v1';
const info = new TextEncoder().encode('cch-edge provider secret v1');
const salt = new TextEncoder().encode('cch-edge');
/** Derived keys per isolate: HKDF is cheap, but the proxy decrypts on every cold snapshot. */
const derived = new Map<string, Promise<CryptoKey>>();

function aesKey(encryptionKey: string): Promise<CryptoKey> {
  let key = derived.get(encryptionKey);
  if (key === undefined) {
    key = crypto.subtle
      .importKey('raw', new TextEncoder().encode(encryptionKey), 'HKDF', false, ['deriveKey'])
      .then((material) =>
        crypto.subtle.deriveKey(
          { name: 'HKDF', hash: 'SHA-256', salt, info },
          material,
          { name: 'AES-GCM', length: 256 },
          false,
          ['encrypt', 'decrypt'],
        ),
      );
    derived.set(encryptionKey, key);
  }
  return key;
}

export async function encryptSecret(plaintext: string, encryptionKey: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await aesKey(encryptionKey),
    new TextEncoder().encode(plaintext),
  );
  return `${version}.${encodeBase64Url(iv)}.${encodeBase64Url(new Uint8Array(sealed))}`;
}

export class DecryptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptError';
  }
}

/** Throws DecryptError when the text is not ours or ENCRYPTION_KEY is not the one it was sealed with. */
export async function decryptSecret(ciphertext: string, encryptionKey: string): Promise<string> {
  const [tag, ivText, sealedText, ...rest] = ciphertext.split('.');
  const iv = ivText === undefined ? undefined : decodeBase64Url(ivText);
  const sealed = sealedText === undefined ? undefined : decodeBase64Url(sealedText);
  if (tag !== version || rest.length > 0 || iv?.length !== 12 || sealed === undefined) {
    throw new DecryptError('Not an encrypted provider secret');
  }
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, await aesKey(encryptionKey), sealed);
    return new TextDecoder().decode(plain);
  } catch {
    throw new DecryptError('Provider secret does not decrypt: ENCRYPTION_KEY differs from the one it was stored with');
  }
}
