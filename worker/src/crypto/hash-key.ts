// The one way a client key becomes its stored form (SPEC §3.2): lowercase hex SHA-256 of the full key.
// The proxy hashes the presented key with this and looks the hash up.

export async function hashKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
