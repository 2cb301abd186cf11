// The one error for a proxy that could not give us a tunnel (SPEC §4.8): unreachable, refused the
// credentials, or could not reach the upstream. Its message names the proxy by host:port only, never
// its credentials. Only this error lets a provider fall back to a direct request.

export class TunnelError extends Error {
  override readonly name = 'TunnelError';
}
