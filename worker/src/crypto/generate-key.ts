// New client keys: `cch_` and 40 base62 characters from the CSPRNG (about 238 bits), drawn by rejection
// sampling so every character is equally likely.

export const clientKeyPrefix = 'cch_';
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const randomLength = 40;
/** The largest multiple of 62 below 256: bytes at or above it would favour the first characters. */
const acceptBelow = 248;

export function generateClientKey(): string {
  let out = clientKeyPrefix;
  while (out.length < clientKeyPrefix.length + randomLength) {
    for (const byte of crypto.getRandomValues(new Uint8Array(64))) {
      if (byte >= acceptBelow) continue;
      out += alphabet[byte % 62];
      if (out.length === clientKeyPrefix.length + randomLength) break;
    }
  }
  return out;
}
