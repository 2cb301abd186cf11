// Opens a tunnel through a SOCKS5 proxy (RFC 1928): method negotiation, username/password
// authentication when the proxy URL has credentials (RFC 1929), then CONNECT to the upstream by
// domain name (or by address for IP literals), so the proxy resolves the name.
import { ByteReader } from './byte-reader.ts';
import type { OutboundProxy } from './parse-proxy-url.ts';
import { formatAuthority, type ByteChannel, type TunnelTarget } from './tunnel.ts';
import { TunnelError } from './tunnel-error.ts';

const version = 0x05;
const noAuth = 0x00;
const userPass = 0x02;
const noAcceptableMethod = 0xff;

/** RFC 1928 §6 reply codes. */
const replyMeanings: Record<number, string> = {
  1: 'general SOCKS server failure',
  2: 'connection not allowed by ruleset',
  3: 'network unreachable',
  4: 'host unreachable',
  5: 'connection refused',
  6: 'TTL expired',
  7: 'command not supported',
  8: 'address type not supported',
};

export function renderGreeting(proxy: OutboundProxy): Uint8Array {
  return new Uint8Array(proxy.credentials === undefined ? [version, 1, noAuth] : [version, 2, noAuth, userPass]);
}

/** RFC 1929 §2: VER=1, ULEN, UNAME, PLEN, PASSWD. */
export function renderUserPass(credentials: { username: string; password: string }, label: string): Uint8Array {
  const user = new TextEncoder().encode(credentials.username);
  const pass = new TextEncoder().encode(credentials.password);
  if (user.length < 1 || user.length > 255 || pass.length > 255) {
    throw new TunnelError(`proxy ${label}: SOCKS5 username must be 1-255 bytes and password at most 255 bytes`);
  }
  return new Uint8Array([0x01, user.length, ...user, pass.length, ...pass]);
}

function ipv4Bytes(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number);
}

/** Eight 16-bit groups of an IPv6 literal, `::` expanded; undefined for anything else. */
function ipv6Bytes(host: string): number[] | undefined {
  if (!host.includes(':') || host.includes('.')) return undefined;
  const [head = '', tail, extra] = host.split('::');
  if (extra !== undefined) return undefined;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const missing = 8 - left.length - right.length;
  if ((tail === undefined && missing !== 0) || missing < 0) return undefined;
  const all = [...left, ...Array<string>(missing).fill('0'), ...right];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return all.flatMap((g) => [Number.parseInt(g, 16) >> 8, Number.parseInt(g, 16) & 0xff]);
}

/** CONNECT request: VER, CMD=1, RSV, ATYP, DST.ADDR, DST.PORT. */
export function renderConnect(target: TunnelTarget, label: string): Uint8Array {
  const port = [target.port >> 8, target.port & 0xff];
  const v4 = ipv4Bytes(target.host);
  if (v4 !== undefined) return new Uint8Array([version, 1, 0, 0x01, ...v4, ...port]);
  const v6 = ipv6Bytes(target.host);
  if (v6 !== undefined) return new Uint8Array([version, 1, 0, 0x04, ...v6, ...port]);
  const name = new TextEncoder().encode(target.host);
  if (name.length > 255) throw new TunnelError(`proxy ${label}: host name too long for SOCKS5`);
  return new Uint8Array([version, 1, 0, 0x03, name.length, ...name, ...port]);
}

async function write(channel: ByteChannel, bytes: Uint8Array): Promise<void> {
  const writer = channel.writable.getWriter();
  try {
    await writer.write(bytes);
  } finally {
    writer.releaseLock();
  }
}

async function readExact(reader: ByteReader, n: number, label: string, during: string): Promise<Uint8Array> {
  const bytes = await reader.readExact(n);
  if (bytes === undefined) throw new TunnelError(`proxy ${label} closed the connection during SOCKS5 ${during}`);
  return bytes;
}

async function authenticate(channel: ByteChannel, reader: ByteReader, proxy: OutboundProxy): Promise<void> {
  const [ver = 0, method = noAcceptableMethod] = await readExact(reader, 2, proxy.label, 'greeting');
  if (ver !== version) throw new TunnelError(`proxy ${proxy.label} did not answer as a SOCKS5 proxy`);
  if (method === noAuth) return;
  if (method !== userPass || proxy.credentials === undefined) {
    throw new TunnelError(
      proxy.credentials === undefined
        ? `proxy ${proxy.label} requires credentials (SOCKS5)`
        : `proxy ${proxy.label} accepts none of the offered SOCKS5 authentication methods`,
    );
  }
  await write(channel, renderUserPass(proxy.credentials, proxy.label));
  const [, status = 1] = await readExact(reader, 2, proxy.label, 'authentication');
  if (status !== 0) throw new TunnelError(`proxy ${proxy.label} refused the credentials (SOCKS5)`);
}

/** Reads the CONNECT reply, bound address included, and says what went wrong if it failed. */
async function readReply(reader: ByteReader, target: TunnelTarget, label: string): Promise<void> {
  const [ver = 0, reply = 1, , atyp = 0] = await readExact(reader, 4, label, 'connect');
  if (ver !== version) throw new TunnelError(`proxy ${label} sent a malformed SOCKS5 reply`);
  if (reply !== 0) {
    throw new TunnelError(`proxy ${label} could not connect to ${formatAuthority(target)}: ${replyMeanings[reply] ?? `SOCKS5 reply ${reply}`}`);
  }
  const addressLength = atyp === 0x01 ? 4 : atyp === 0x04 ? 16 : atyp === 0x03 ? ((await readExact(reader, 1, label, 'connect'))[0] ?? 0) : -1;
  if (addressLength < 0) throw new TunnelError(`proxy ${label} sent a SOCKS5 reply with an unknown address type`);
  await readExact(reader, addressLength + 2, label, 'connect');
}

/** Opens the tunnel; returns any bytes the proxy relayed past its reply (the upstream's, already). */
export async function openSocks5(channel: ByteChannel, target: TunnelTarget, proxy: OutboundProxy): Promise<Uint8Array> {
  const connectRequest = renderConnect(target, proxy.label);
  await write(channel, renderGreeting(proxy));
  const reader = new ByteReader(channel.readable);
  try {
    await authenticate(channel, reader, proxy);
    await write(channel, connectRequest);
    await readReply(reader, target, proxy.label);
  } catch (error) {
    reader.release();
    throw error;
  }
  return reader.release();
}
