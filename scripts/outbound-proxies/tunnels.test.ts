// The tunnel handshakes of the worker's outbound proxy code, run in Node against these local proxies
// over real TCP, then one HTTP/1.1 exchange through the tunnel to a real server.
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHttpConnect } from '../../worker/src/upstream/outbound-proxy/open-http-connect.ts';
import { openSocks5 } from '../../worker/src/upstream/outbound-proxy/open-socks5.ts';
import { parseProxyUrl } from '../../worker/src/upstream/outbound-proxy/parse-proxy-url.ts';
import { readHttpResponse } from '../../worker/src/upstream/outbound-proxy/read-http-response.ts';
import type { ByteChannel, TunnelTarget } from '../../worker/src/upstream/outbound-proxy/tunnel.ts';
import { TunnelError } from '../../worker/src/upstream/outbound-proxy/tunnel-error.ts';
import { writeHttpRequest } from '../../worker/src/upstream/outbound-proxy/write-http-request.ts';
import { startConnectProxy, type ConnectProxy } from './connect-proxy.ts';
import { startSocks5Proxy, type Socks5Proxy } from './socks5-proxy.ts';

const credentials = { username: 'proxy-user', password: 'pässword' };
let upstream: Server;
let target: TunnelTarget;
let proxies: { connect: ConnectProxy; connectAuth: ConnectProxy; socks5: Socks5Proxy; socks5Auth: Socks5Proxy };

beforeAll(async () => {
  upstream = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(`data: ${req.method} ${req.url} ${req.headers['x-probe'] ?? ''}\n\n`);
    req.on('data', () => {});
    req.on('end', () => res.end('data: [DONE]\n\n'));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  target = { host: '127.0.0.1', port: (upstream.address() as AddressInfo).port };
  proxies = {
    connect: await startConnectProxy(),
    connectAuth: await startConnectProxy({ credentials }),
    socks5: await startSocks5Proxy(),
    socks5Auth: await startSocks5Proxy({ credentials }),
  };
});

afterAll(async () => {
  await Promise.all(Object.values(proxies).map((p) => p.close()));
  await new Promise((resolve) => upstream.close(resolve));
});

async function channelTo(port: number): Promise<ByteChannel & { close(): void }> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const web = Duplex.toWeb(socket);
  return { readable: web.readable as ReadableStream<Uint8Array>, writable: web.writable as WritableStream<Uint8Array>, close: () => socket.destroy() };
}

async function exchange(channel: ByteChannel, left: Uint8Array): Promise<string> {
  expect(left).toHaveLength(0);
  await writeHttpRequest(channel.writable, {
    method: 'POST',
    url: new URL(`http://${target.host}:${target.port}/v1/chat?x=1`),
    headers: new Headers({ 'x-probe': 'through' }),
    body: new TextEncoder().encode('{}'),
  });
  const response = await readHttpResponse(channel.readable, { method: 'POST' });
  expect(response.status).toBe(200);
  return new Response(response.body).text();
}

type Opener = (channel: ByteChannel, target: TunnelTarget, proxy: ReturnType<typeof parseProxyUrl>) => Promise<Uint8Array>;
const cases: { name: string; open: Opener; plain: () => { url: string; port: number; stats(): { opened: number } }; auth: () => { url: string; port: number; stats(): { refused: number } } }[] = [
  { name: 'HTTP CONNECT', open: openHttpConnect, plain: () => proxies.connect, auth: () => proxies.connectAuth },
  { name: 'SOCKS5', open: openSocks5, plain: () => proxies.socks5, auth: () => proxies.socks5Auth },
];

const withCredentials = (url: string, user: string, pass: string) => url.replace('://', `://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@`);

describe.each(cases)('$name tunnel', ({ name, open, plain, auth }) => {
  it('carries an HTTP/1.1 exchange through an open proxy and the proxy counts it', async () => {
    const before = plain().stats().opened;
    const channel = await channelTo(plain().port);
    const text = await exchange(channel, await open(channel, target, parseProxyUrl(plain().url)));
    expect(text).toBe('data: POST /v1/chat?x=1 through\n\ndata: [DONE]\n\n');
    expect(plain().stats().opened).toBe(before + 1);
    channel.close();
  });

  it('reaches the upstream by host name', async () => {
    const channel = await channelTo(plain().port);
    await expect(open(channel, { host: 'localhost', port: target.port }, parseProxyUrl(plain().url))).resolves.toBeInstanceOf(Uint8Array);
    channel.close();
  });

  it('authenticates with the credentials in the proxy URL', async () => {
    const channel = await channelTo(auth().port);
    const proxy = parseProxyUrl(withCredentials(auth().url, credentials.username, credentials.password));
    expect(await exchange(channel, await open(channel, target, proxy))).toContain('through');
    channel.close();
  });

  it('fails with a clear error naming only host:port when credentials are missing', async () => {
    const channel = await channelTo(auth().port);
    const error = await open(channel, target, parseProxyUrl(auth().url)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TunnelError);
    expect(String(error)).toContain(`proxy 127.0.0.1:${auth().port} requires credentials`);
    channel.close();
  });

  it('fails with a clear error that never shows the wrong credentials', async () => {
    const refused = auth().stats().refused;
    const channel = await channelTo(auth().port);
    const error = await open(channel, target, parseProxyUrl(withCredentials(auth().url, 'proxy-user', 'wrong-secret'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TunnelError);
    expect(String(error)).toContain(`proxy 127.0.0.1:${auth().port} refused the credentials`);
    expect(String(error)).not.toContain('wrong-secret');
    expect(auth().stats().refused).toBe(refused + 1);
    channel.close();
  });

  it(`says when the ${name} proxy cannot reach the upstream`, async () => {
    const channel = await channelTo(plain().port);
    const error = await open(channel, { host: '127.0.0.1', port: 1 }, parseProxyUrl(plain().url)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TunnelError);
    expect(String(error)).toMatch(/could not (open a tunnel to|connect to) 127\.0\.0\.1:1/);
    channel.close();
  });
});

describe('a proxy that is not what the URL says', () => {
  it('reports a SOCKS5 greeting answered by a web server', async () => {
    const channel = await channelTo(target.port);
    const error = await openSocks5(channel, target, parseProxyUrl(`socks5://127.0.0.1:${target.port}`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TunnelError);
    expect(String(error)).toContain(`proxy 127.0.0.1:${target.port} did not answer as a SOCKS5 proxy`);
    channel.close();
  });

  it('reports a CONNECT answered by a plain web server', async () => {
    const channel = await channelTo(target.port);
    const error = await openHttpConnect(channel, target, parseProxyUrl(`http://127.0.0.1:${target.port}`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TunnelError);
    expect(String(error)).toContain(`proxy 127.0.0.1:${target.port}`);
    channel.close();
  });
});
