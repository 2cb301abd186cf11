// What a tunnel handshake works on: the two directions of a connection to the proxy, and the
// upstream host and port the tunnel should reach.

export interface ByteChannel {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
}

export interface TunnelTarget {
  /** A name or an IP literal, IPv6 without brackets. */
  host: string;
  port: number;
}

/** host:port as a request target (RFC 9112 §3.2.3): IPv6 literals in brackets. */
export function formatAuthority(target: TunnelTarget): string {
  return `${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`;
}

/** The upstream a URL points at, with the scheme's default port. */
export function targetOf(url: URL): TunnelTarget {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return { host, port: url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port) };
}
