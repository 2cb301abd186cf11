// The outbound proxy a provider may go through (SPEC §4.8): http://, https:// or socks5://, with
// optional credentials, a host and a port; nothing else, since the tunnel has no use for a path.

const schemes = new Set(['http:', 'https:', 'socks5:']);
const example = 'e.g. http://proxy.internal:8080 or socks5://user:pass@10.0.0.2:1080';

/** Why the URL is not a usable proxy, or undefined when it is. */
export function proxyUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `Not a URL; ${example}`;
  }
  if (!schemes.has(url.protocol)) return `The scheme must be http://, https:// or socks5://; ${example}`;
  if (url.hostname === '') return `A host is required; ${example}`;
  if ((url.pathname !== '' && url.pathname !== '/') || url.search !== '' || url.hash !== '') {
    return `Only scheme, optional user:password, host and port are allowed; ${example}`;
  }
  return undefined;
}
