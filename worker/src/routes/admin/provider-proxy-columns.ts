// What a provider write stores for its outbound proxy (SPEC §4.8): the URL without its password and
// the password encrypted. The masked password the API shows, sent back, keeps the stored one.
import { encryptSecret } from '../../crypto/encrypt-secret.ts';
import { proxyPasswordMask, splitProxyPassword } from '../../upstream/outbound-proxy/proxy-password.ts';
import { validationError } from './parse-body.ts';

export interface ProxyColumns {
  proxyUrl?: string | null;
  proxyPasswordEncrypted?: string | null;
}

interface StoredProxy {
  proxyUrl: string | null;
  proxyPasswordEncrypted: string | null;
}

/** `stored` is read only when the mask asks to keep the stored password. */
export async function proxyColumns(
  input: string | null | undefined,
  stored: () => Promise<StoredProxy | undefined>,
  encryptionKey: string,
): Promise<ProxyColumns> {
  if (input === undefined) return {};
  if (input === null) return { proxyUrl: null, proxyPasswordEncrypted: null };
  const { url, password } = splitProxyPassword(input);
  if (password === undefined) return { proxyUrl: url, proxyPasswordEncrypted: null };
  if (password !== proxyPasswordMask) return { proxyUrl: url, proxyPasswordEncrypted: await encryptSecret(password, encryptionKey) };
  const current = await stored();
  if (current?.proxyPasswordEncrypted) return { proxyUrl: url, proxyPasswordEncrypted: current.proxyPasswordEncrypted };
  // A URL stored with its password inside, before passwords were kept apart.
  const legacy = current?.proxyUrl ? splitProxyPassword(current.proxyUrl).password : undefined;
  if (legacy !== undefined) return { proxyUrl: url, proxyPasswordEncrypted: await encryptSecret(legacy, encryptionKey) };
  throw validationError({ proxyUrl: ['No proxy password is stored to keep: enter the password instead of the mask'] });
}
