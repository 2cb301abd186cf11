// A local HTTP CONNECT proxy (RFC 9110 §9.3.6) for tests and local runs: opens a TCP tunnel to the
// requested host:port, optionally demanding Basic credentials (407 otherwise), and counts tunnels.
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { createTunnelCounter, splice, type Credentials, type TunnelStats } from './tunnel-stats.ts';

export interface ConnectProxy {
  url: string;
  port: number;
  stats(): TunnelStats;
  close(): Promise<void>;
}

const maxHead = 16 * 1024;

function authorized(head: string, credentials: Credentials | undefined): boolean {
  if (credentials === undefined) return true;
  const line = head.split('\r\n').find((l) => l.toLowerCase().startsWith('proxy-authorization:'));
  const [scheme, token] = (line?.slice(line.indexOf(':') + 1).trim() ?? '').split(/\s+/);
  if (scheme?.toLowerCase() !== 'basic' || token === undefined) return false;
  return Buffer.from(token, 'base64').toString('utf8') === `${credentials.username}:${credentials.password}`;
}

export async function startConnectProxy(options: { credentials?: Credentials } = {}): Promise<ConnectProxy> {
  const counter = createTunnelCounter();
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
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
      sockets.add(upstream);
      upstream.once('close', () => sockets.delete(upstream));
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
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stats: counter.stats,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
