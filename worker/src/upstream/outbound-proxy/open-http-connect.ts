// Opens a tunnel through an HTTP proxy with CONNECT (RFC 9110 §9.3.6), sending Basic credentials in
// Proxy-Authorization when the proxy URL has them. Any 2xx opens the tunnel; 407 means the
// credentials were missing or refused.
import { ByteReader } from './byte-reader.ts';
import { base64Utf8, latin1Bytes } from './bytes.ts';
import type { OutboundProxy } from './parse-proxy-url.ts';
import { parseResponseHead } from './parse-response-head.ts';
import { formatAuthority, type ByteChannel, type TunnelTarget } from './tunnel.ts';
import { TunnelError } from './tunnel-error.ts';

const headEnd = new Uint8Array([0x0d, 0x0a, 0x0d, 0x0a]);
const maxHeadBytes = 16 * 1024;

export function renderConnectRequest(target: TunnelTarget, proxy: OutboundProxy): string {
  const authority = formatAuthority(target);
  const lines = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`];
  if (proxy.credentials !== undefined) {
    lines.push(`Proxy-Authorization: Basic ${base64Utf8(`${proxy.credentials.username}:${proxy.credentials.password}`)}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** Opens the tunnel; returns any bytes the proxy sent past its answer (the upstream's, already). */
export async function openHttpConnect(channel: ByteChannel, target: TunnelTarget, proxy: OutboundProxy): Promise<Uint8Array> {
  const writer = channel.writable.getWriter();
  try {
    await writer.write(latin1Bytes(renderConnectRequest(target, proxy)));
  } finally {
    writer.releaseLock();
  }
  const reader = new ByteReader(channel.readable);
  const read = await reader.readUntil(headEnd, maxHeadBytes);
  if (!read.ok) {
    reader.release();
    throw new TunnelError(read.reason === 'ended' ? `proxy ${proxy.label} closed the connection during CONNECT` : `proxy ${proxy.label} sent an oversized CONNECT answer`);
  }
  let status: number;
  let statusText: string;
  try {
    ({ status, statusText } = parseResponseHead(read.bytes));
  } catch (error) {
    reader.release();
    throw new TunnelError(`proxy ${proxy.label} sent a malformed CONNECT answer: ${error instanceof Error ? error.message : String(error)}`);
  }
  const left = reader.release();
  if (status >= 200 && status < 300) return left;
  if (status === 407) {
    throw new TunnelError(
      proxy.credentials === undefined
        ? `proxy ${proxy.label} requires credentials (407)`
        : `proxy ${proxy.label} refused the credentials (407)`,
    );
  }
  throw new TunnelError(`proxy ${proxy.label} could not open a tunnel to ${formatAuthority(target)}: ${status} ${statusText}`.trimEnd());
}
