// A provider's proxy URL (SPEC §4.8) as the tunnel needs it: which handshake, where, and with what
// credentials. The admin API validated it on write; a stored value that no longer parses is reported
// without echoing it, since it may hold a password.
import { TunnelError } from './tunnel-error.ts';

export interface OutboundProxy {
  /** `http` and `https` speak HTTP CONNECT; `socks5` speaks RFC 1928. */
  protocol: 'http-connect' | 'socks5';
  /** An https:// proxy: TLS to the proxy itself. */
  tls: boolean;
  /** For connect(): IPv6 literals without brackets. */
  hostname: string;
  port: number;
  credentials?: { username: string; password: string };
  /** host:port for messages and logs; never the credentials. */
  label: string;
}

const defaultPorts: Record<string, number> = { 'http:': 80, 'https:': 443, 'socks5:': 1080 };

/** A percent-encoded user or password part of a URL, as typed (left as it is when not decodable). */
export function decodeUserInfo(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseProxyUrl(text: string): OutboundProxy {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TunnelError('the provider proxy URL is not a valid URL');
  }
  const defaultPort = defaultPorts[url.protocol];
  if (defaultPort === undefined || url.hostname === '') {
    throw new TunnelError('the provider proxy URL needs http://, https:// or socks5:// and a host');
  }
  const port = url.port === '' ? defaultPort : Number(url.port);
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const proxy: OutboundProxy = {
    protocol: url.protocol === 'socks5:' ? 'socks5' : 'http-connect',
    tls: url.protocol === 'https:',
    hostname,
    port,
    label: `${url.hostname}:${port}`,
  };
  if (url.username !== '' || url.password !== '') {
    proxy.credentials = { username: decodeUserInfo(url.username), password: decodeUserInfo(url.password) };
  }
  return proxy;
}
