// A proxy URL's password kept apart from the URL (SPEC §4.8): stored encrypted like a provider's API
// key, shown masked by the admin API, and put back into the URL only for the tunnel itself.
import { decodeUserInfo } from './parse-proxy-url.ts';

/** Stands for a stored password in the admin API; sent back unchanged, it keeps that password. */
export const proxyPasswordMask = '********';

/** `scheme://[user[:password]@]host[:port]` with the given password part (already encoded). */
function rebuilt(url: URL, password: string): string {
  const userInfo = url.username === '' && password === '' ? '' : `${url.username}${password === '' ? '' : `:${password}`}@`;
  return `${url.protocol}//${userInfo}${url.host}`;
}

/** The URL without its password, and the password (decoded) when it had one. */
export function splitProxyPassword(text: string): { url: string; password: string | undefined } {
  const url = new URL(text);
  return { url: rebuilt(url, ''), password: url.password === '' ? undefined : decodeUserInfo(url.password) };
}

/** The URL as the admin API shows it: any password replaced by the mask. */
export function maskProxyUrl(text: string, hasStoredPassword: boolean): string {
  const url = new URL(text);
  return url.password !== '' || hasStoredPassword ? rebuilt(url, proxyPasswordMask) : rebuilt(url, '');
}

function withProxyPassword(text: string, password: string): string {
  const url = new URL(text);
  url.password = password;
  return rebuilt(url, url.password);
}

/** The URL the tunnel opens with: the stored password, if any, decrypted and put back. */
export async function openProxyUrl(text: string, passwordEncrypted: string | null | undefined, decrypt: (ciphertext: string) => Promise<string>): Promise<string> {
  return passwordEncrypted ? withProxyPassword(text, await decrypt(passwordEncrypted)) : text;
}
