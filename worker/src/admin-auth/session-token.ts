// Signed admin sessions for the login cookie: `v1.<expiresAtMs>.<nonce>.<signature>`, an HMAC-SHA-256
// under a key derived from ADMIN_TOKEN. Nothing is stored server-side; rotating the token ends every
// session, and the expiry cannot be extended without the key.
import { decodeBase64Url, encodeBase64Url } from '../crypto/encode-base64url.ts';

export const sessionTtlMs = 12 * 60 * 60 * 1000;
const version = 'v1';
const info = new TextEncoder().encode('cch-edge admin session v1');
const keys = new Map<string, Promise<CryptoKey>>();

function signingKey(adminToken: string): Promise<CryptoKey> {
  let key = keys.get(adminToken);
  if (key === undefined) {
    key = crypto.subtle
      .importKey('raw', new TextEncoder().encode(adminToken), 'HKDF', false, ['deriveKey'])
      .then((material) =>
        crypto.subtle.deriveKey(
          { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info },
          material,
          { name: 'HMAC', hash: 'SHA-256', length: 256 },
          false,
          ['sign', 'verify'],
        ),
      );
    keys.set(adminToken, key);
  }
  return key;
}

export interface SignedSession {
  value: string;
  expiresAt: number;
}

export async function signSession(adminToken: string, now: number, ttlMs = sessionTtlMs): Promise<SignedSession> {
  const expiresAt = now + ttlMs;
  const payload = `${version}.${expiresAt}.${encodeBase64Url(crypto.getRandomValues(new Uint8Array(12)))}`;
  const signature = await crypto.subtle.sign('HMAC', await signingKey(adminToken), new TextEncoder().encode(payload));
  return { value: `${payload}.${encodeBase64Url(new Uint8Array(signature))}`, expiresAt };
}

/** True for an unexpired session signed under this ADMIN_TOKEN; the signature check is constant-time. */
export async function verifySession(value: string, adminToken: string, now: number): Promise<boolean> {
  const parts = value.split('.');
  if (parts.length !== 4 || parts[0] !== version) return false;
  const expiresAt = Number(parts[1]);
  if (!Number.isSafeInteger(expiresAt) || expiresAt <= now) return false;
  const signature = decodeBase64Url(parts[3] ?? '');
  if (signature === undefined) return false;
  const payload = new TextEncoder().encode(parts.slice(0, 3).join('.'));
  return crypto.subtle.verify('HMAC', await signingKey(adminToken), signature, payload);
}
