// How admin resources look on the wire: the row minus what must never leave the database (key
// hashes, provider secrets) and the soft-delete marker.
import type { KeyRow } from '../../db/queries/keys.ts';
import type { ProviderRow } from '../../db/queries/providers.ts';
import type { UserRow } from '../../db/queries/users.ts';
import { maskProxyUrl } from '../../upstream/outbound-proxy/proxy-password.ts';

export function presentUser(row: UserRow) {
  const { deletedAt: _deleted, ...user } = row;
  return user;
}

/** `lastFour` is all that is ever shown of a key after its creation. */
export function presentKey(row: KeyRow) {
  const { deletedAt: _deleted, keyHash: _hash, ...key } = row;
  return key;
}

/** The API key is write-only: only whether one is set. A proxy password shows as the mask. */
export function presentProvider(row: ProviderRow) {
  const { deletedAt: _deleted, apiKeyEncrypted, proxyPasswordEncrypted, ...provider } = row;
  const proxyUrl = provider.proxyUrl === null ? null : maskProxyUrl(provider.proxyUrl, proxyPasswordEncrypted !== null);
  return { ...provider, proxyUrl, hasApiKey: apiKeyEncrypted !== '' };
}
