// The server shell both local test proxies share: a TCP server on a free port that tracks every
// socket it opens, so closing it tears down open tunnels too, and a tunnel counter.
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { createTunnelCounter, type TunnelCounter, type TunnelStats } from './tunnel-stats.ts';

export interface TestProxy {
  url: string;
  port: number;
  stats(): TunnelStats;
  close(): Promise<void>;
}

/** What a proxy does with a client; `keep` registers a socket (the upstream) for closing. */
export type ProxyHandler = (client: Socket, counter: TunnelCounter, keep: (socket: Socket) => void) => void;

export async function serveProxy(scheme: 'http' | 'socks5', handle: ProxyHandler): Promise<TestProxy> {
  const counter = createTunnelCounter();
  const sockets = new Set<Socket>();
  const keep = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    keep(client);
    client.on('error', () => client.destroy());
    handle(client, counter, keep);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    stats: counter.stats,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
