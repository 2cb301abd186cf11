// The outbound proxies the workerd tests tunnel through: an HTTP CONNECT and a SOCKS5 proxy, each
// open and with credentials, a silent one that accepts connections and never answers, plus a small
// HTTP endpoint that reports their tunnel counts.
import { createServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { startConnectProxy } from './connect-proxy.ts';
import { startSocks5Proxy } from './socks5-proxy.ts';
import type { TunnelStats } from './tunnel-stats.ts';

/** What the tests are told, as JSON in one binding. */
export interface TestProxyAddresses {
  connect: string;
  connectAuth: string;
  socks5: string;
  socks5Auth: string;
  /** Accepts TCP connections and never says a word. */
  silent: string;
  credentials: { username: string; password: string };
  /** GET answers `Record<keyof proxies, TunnelStats>`. */
  statsUrl: string;
}

export type TestProxyStats = Record<'connect' | 'connectAuth' | 'socks5' | 'socks5Auth', TunnelStats>;

export async function startTestProxies(): Promise<{ addresses: TestProxyAddresses; close(): Promise<void> }> {
  const credentials = { username: 'proxy-user', password: 'proxy-pass' };
  const proxies = {
    connect: await startConnectProxy(),
    connectAuth: await startConnectProxy({ credentials }),
    socks5: await startSocks5Proxy(),
    socks5Auth: await startSocks5Proxy({ credentials }),
  };
  const held = new Set<Socket>();
  const silent = createTcpServer((socket) => {
    held.add(socket);
    socket.on('error', () => socket.destroy());
    socket.once('close', () => held.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const stats = createServer((_req, res) => {
    const body: TestProxyStats = {
      connect: proxies.connect.stats(),
      connectAuth: proxies.connectAuth.stats(),
      socks5: proxies.socks5.stats(),
      socks5Auth: proxies.socks5Auth.stats(),
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => stats.listen(0, '127.0.0.1', resolve));
  const { port } = stats.address() as AddressInfo;
  return {
    addresses: {
      connect: proxies.connect.url,
      connectAuth: proxies.connectAuth.url,
      socks5: proxies.socks5.url,
      socks5Auth: proxies.socks5Auth.url,
      silent: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      credentials,
      statsUrl: `http://127.0.0.1:${port}`,
    },
    close: async () => {
      await new Promise((resolve) => stats.close(resolve));
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
      await Promise.all(Object.values(proxies).map((p) => p.close()));
    },
  };
}
