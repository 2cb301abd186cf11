// A local HTTP CONNECT proxy (RFC 9110 §9.3.6) for tests and local runs: opens a TCP tunnel to the
// requested host:port, optionally demanding Basic credentials (407 otherwise), and counts tunnels.
import { connect } from 'node:net';
import { serveProxy, type TestProxy } from './serve-proxy.ts';
import { splice, type Credentials } from './tunnel-stats.ts';

export type ConnectProxy = TestProxy;

const maxHead = 16 * 1024;

function authorized(head: string, credentials: Credentials | undefined): boolean {
  if (credentials === undefined) return true;
  const line = head.split('\r\n').find((l) => l.toLowerCase().startsWith('proxy-authorization:'));
  const [scheme, token] = (line?.slice(line.indexOf(':') + 1).trim() ?? '').split(/\s+/);
  if (scheme?.toLowerCase() !== 'basic' || token === undefined) return false;
  return Buffer.from(token, 'base64').toString('utf8') === `${credentials.username}:${credentials.password}`;
}

export function startConnectProxy(options: { credentials?: Credentials } = {}): Promise<ConnectProxy> {
  return serveProxy('http', (client, counter, keep) => {
    let head = Buffer.alloc(0);
    const onData = (data: Buffer) => {
      head = Buffer.concat([head, data]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) {
        if (head.length > maxHead) client.destroy();
        return;
      }
      client.off('data', onData);
      client.pause();
      const text = head.subarray(0, end).toString('latin1');
      const rest = head.subarray(end + 4);
      const match = /^CONNECT (\[[^\]]+\]|[^\s:]+):(\d+) HTTP\/1\.[01]$/.exec(text.split('\r\n')[0] ?? '');
      if (match === null) {
        counter.refuse();
        client.end('HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      if (!authorized(text, options.credentials)) {
        counter.refuse();
        client.end('HTTP/1.1 407 Proxy Authentication Required\r\nproxy-authenticate: Basic realm="test"\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const host = (match[1] ?? '').replace(/^\[|\]$/g, '');
      const upstream = connect({ host, port: Number(match[2]) });
      keep(upstream);
      upstream.once('error', () => {
        if (!client.destroyed) client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
      });
      upstream.once('connect', () => {
        counter.track(client, upstream);
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (rest.length > 0) upstream.write(rest);
        splice(client, upstream);
        client.resume();
      });
    };
    client.on('data', onData);
  });
}
