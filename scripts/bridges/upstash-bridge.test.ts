import { randomBytes } from 'node:crypto';
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { Redis } from '@upstash/redis';
import { Redis as IORedis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localRedis, localRedisUrl, serviceAvailable } from '../support/services.ts';
import { startUpstashBridge } from './upstash-bridge.ts';
import type { UpstashBridge } from './upstash-bridge.ts';

const redisAvailable = await serviceAvailable(localRedis);
const prefix = `upstash-bridge-test:${process.pid}:${Date.now()}:`;
const token = randomBytes(16).toString('hex');

function clientFor(bridge: UpstashBridge, options: { responseEncoding?: false } = {}): Redis {
  return new Redis({ url: bridge.url, token: bridge.token, retry: false, enableTelemetry: false, ...options });
}

async function call(bridge: UpstashBridge, path: string, init: RequestInit & { base64?: boolean } = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${bridge.token}`);
  if (init.base64) headers.set('upstash-encoding', 'base64');
  const response = await fetch(`${bridge.url}${path}`, { ...init, headers });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A TCP relay to the local Redis that can be cut and restored on the same port, to play an outage. */
function relayToRedis(port: number) {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  return {
    start: () =>
      new Promise<void>((resolve) => {
        server = createServer((client) => {
          const upstream = connect(localRedis.port, localRedis.host);
          track(client);
          track(upstream);
          client.pipe(upstream).pipe(client);
        });
        server.listen(port, '127.0.0.1', resolve);
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server?.close(() => resolve());
      }),
  };
}

async function until<T>(attempt: () => Promise<T>, accept: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('upstash bridge without a reachable Redis', () => {
  it('refuses to start with an empty token', async () => {
    await expect(startUpstashBridge({ redisUrl: 'redis://127.0.0.1:1', token: '' })).rejects.toThrow(/non-empty token/);
  });

  it('starts anyway and answers a 503 JSON error at once instead of hanging', async () => {
    const logs: string[] = [];
    const started = performance.now();
    const bridge = await startUpstashBridge({
      redisUrl: `redis://127.0.0.1:${await freePort()}`,
      token,
      log: (message) => logs.push(message),
    });
    expect(performance.now() - started).toBeLessThan(2_000);
    try {
      const requested = performance.now();
      const { status, body } = await call(bridge, '/', { method: 'POST', body: '["GET","k"]' });
      expect(performance.now() - requested).toBeLessThan(500);
      expect(status).toBe(503);
      expect(body).toEqual({ error: expect.stringMatching(/^ERR Redis is unavailable/) });
      await expect(clientFor(bridge).get('k')).rejects.toThrow(/Redis is unavailable/);
      const pipeline = await call(bridge, '/pipeline', { method: 'POST', body: '[["GET","k"]]' });
      expect(pipeline.status).toBe(503);
      expect(logs).toEqual([expect.stringMatching(/Redis connection error/)]);
    } finally {
      await bridge.close();
    }
  });
});

describe.skipIf(!redisAvailable)('upstash bridge in front of the local Redis', () => {
  let bridge: UpstashBridge;
  let direct: IORedis;

  beforeAll(async () => {
    bridge = await startUpstashBridge({ redisUrl: localRedisUrl, token });
    direct = new IORedis(localRedisUrl, { protocol: 2 });
  });

  afterAll(async () => {
    let cursor = '0';
    do {
      const [next, keys] = await direct.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await direct.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    direct.disconnect();
    await bridge?.close();
  });

  describe.each([
    ['base64 responses (the client default)', {}],
    ['plain responses (responseEncoding: false)', { responseEncoding: false as const }],
  ])('with %s', (name, options) => {
    const key = (suffix: string) => `${prefix}${name.split(' ')[0]}:${suffix}`;
    const redis = () => clientFor(bridge, options);

    it('round-trips plain, unicode and JSON values', async () => {
      const value = { model: 'claude', tags: ['a', 'ü'], n: 3 };
      expect(await redis().set(key('plain'), 'hello')).toBe('OK');
      await redis().set(key('unicode'), 'héllo wörld 世界 🚀');
      await redis().set(key('json'), value);
      expect(await redis().get(key('plain'))).toBe('hello');
      expect(await redis().get(key('unicode'))).toBe('héllo wörld 世界 🚀');
      expect(await redis().get(key('json'))).toEqual(value);
      expect(await redis().get(key('missing'))).toBeNull();
    });

    it('increments a counter and expires it', async () => {
      expect(await redis().incr(key('counter'))).toBe(1);
      expect(await redis().incrby(key('counter'), 41)).toBe(42);
      expect(await redis().expire(key('counter'), 100)).toBe(1);
      const ttl = await redis().ttl(key('counter'));
      expect(ttl).toBeGreaterThan(90);
      expect(ttl).toBeLessThanOrEqual(100);
    });

    it('writes and reads a hash', async () => {
      expect(await redis().hset(key('hash'), { name: 'ada', visits: 3, profile: { lang: 'en' } })).toBe(3);
      expect(await redis().hgetall(key('hash'))).toEqual({ name: 'ada', visits: 3, profile: { lang: 'en' } });
    });

    it('runs a Lua script with keys and arguments', async () => {
      const script = "redis.call('SET', KEYS[1], ARGV[1]); return {redis.call('GET', KEYS[1]), 42}";
      expect(await redis().eval(script, [key('script')], ['é-value'])).toEqual(['é-value', 42]);
    });

    it('runs a pipeline and reports a failing command in place', async () => {
      const results = await redis()
        .pipeline()
        .set(key('p'), 'x')
        .incr(key('p'))
        .get(key('p'))
        .exec({ keepErrors: true });
      expect(results.map((entry) => entry.result)).toEqual(['OK', undefined, 'x']);
      expect(results[1]?.error).toMatch(/ERR value is not an integer/);
      await expect(redis().pipeline().incr(key('p')).exec()).rejects.toThrow(/Command 1 \[ incr \] failed/);
    });

    it('runs a transaction atomically and returns one result per command', async () => {
      const results = await redis()
        .multi()
        .set(key('m'), 5)
        .incr(key('m'))
        .hset(key('mh'), { a: 1 })
        .hgetall(key('mh'))
        .exec();
      expect(results).toEqual(['OK', 6, 1, { a: 1 }]);
    });

    it('keeps the other commands of a transaction when one fails at run time', async () => {
      const results = await redis().multi().set(key('t'), 'text').incr(key('t')).get(key('t')).exec({ keepErrors: true });
      expect(results.map((entry) => entry.error)).toEqual([undefined, expect.stringMatching(/not an integer/), undefined]);
      expect(results[2]?.result).toBe('text');
    });

    it('discards a transaction holding an unknown command', async () => {
      const raw = await call(bridge, '/multi-exec', {
        method: 'POST',
        body: JSON.stringify([['SET', key('discarded'), 'x'], ['NOSUCHCOMMAND']]),
      });
      expect(raw).toEqual({ status: 400, body: { error: expect.stringMatching(/unknown command 'NOSUCHCOMMAND'/) } });
      expect(await redis().exists(key('discarded'))).toBe(0);
    });

    it('surfaces an unknown command as an error from the client', async () => {
      await expect(redis().exec(['NOSUCHCOMMAND', 'x'])).rejects.toThrow(/ERR unknown command 'NOSUCHCOMMAND'/);
    });
  });

  it('rejects a wrong or missing token with 401 and Upstash error body', async () => {
    const wrong = new Redis({ url: bridge.url, token: 'not-the-token', retry: false, enableTelemetry: false });
    await expect(wrong.get(`${prefix}any`)).rejects.toThrow(/Unauthorized/);
    const missing = await fetch(`${bridge.url}/get/k`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: 'Unauthorized' });
    const queryToken = await fetch(`${bridge.url}/get/${prefix}none?_token=${bridge.token}`);
    expect(await queryToken.json()).toEqual({ result: null });
  });

  it('base64-encodes strings in the wire response but keeps OK, integers and nil', async () => {
    const body = (command: unknown[]) => ({ method: 'POST', body: JSON.stringify(command), base64: true });
    expect((await call(bridge, '/', body(['SET', `${prefix}b64`, 'héllo']))).body).toEqual({ result: 'OK' });
    expect((await call(bridge, '/', body(['GET', `${prefix}b64`]))).body).toEqual({
      result: Buffer.from('héllo').toString('base64'),
    });
    expect((await call(bridge, '/', body(['EVAL', "return {'a', 7, {'OK'}}", 0]))).body).toEqual({
      result: ['YQ==', 7, ['T0s=']],
    });
    expect((await call(bridge, '/', body(['GET', `${prefix}nothing`]))).body).toEqual({ result: null });
    expect((await call(bridge, '/', { method: 'POST', body: '["GET","' + `${prefix}b64` + '"]' })).body).toEqual({
      result: 'héllo',
    });
  });

  it('keeps non-UTF-8 values byte for byte, through path-style bodies and base64 replies', async () => {
    const bytes = Buffer.from([0xff, 0x00, 0xfe, 0x80, 0x41]);
    const key = `${prefix}binary é`;
    const set = await call(bridge, `/set/${encodeURIComponent(key)}?EX=60`, { method: 'POST', body: bytes });
    expect(set).toEqual({ status: 200, body: { result: 'OK' } });
    expect(await direct.getBuffer(key)).toEqual(bytes);
    expect(await direct.ttl(key)).toBeGreaterThan(0);
    const get = await call(bridge, `/get/${encodeURIComponent(key)}`, { base64: true });
    expect(get.body).toEqual({ result: bytes.toString('base64') });
    const hash = `${prefix}binary-hash`;
    await call(bridge, `/hset/${encodeURIComponent(hash)}/field`, { method: 'POST', body: bytes });
    expect(await direct.hgetallBuffer(hash)).toEqual({ field: bytes });
  });

  it('refuses commands that would take over the shared connection', async () => {
    const raw = await call(bridge, '/', { method: 'POST', body: '["BLPOP","q",0]' });
    expect(raw).toEqual({ status: 400, body: { error: expect.stringMatching(/not available: 'BLPOP'/) } });
    await expect(clientFor(bridge).exec(['SUBSCRIBE', 'chan'])).rejects.toThrow(/not available/);
  });
  it('answers 503 while Redis is gone and reconnects by itself when it is back', async () => {
    const port = await freePort();
    const outage = relayToRedis(port);
    await outage.start();
    const logs: string[] = [];
    const relayed = await startUpstashBridge({ redisUrl: `redis://127.0.0.1:${port}`, token, log: (m) => logs.push(m) });
    const set = { method: 'POST', body: JSON.stringify(['SET', `${prefix}relay`, 'v']) };
    try {
      expect((await call(relayed, '/', set)).status).toBe(200);
      await outage.stop();
      const started = performance.now();
      expect((await call(relayed, '/', set)).status).toBe(503);
      expect(performance.now() - started).toBeLessThan(1_000);
      await outage.start();
      const back = await until(() => call(relayed, '/', set), (reply) => reply.status === 200, 5_000);
      expect(back).toEqual({ status: 200, body: { result: 'OK' } });
      expect(logs).toEqual([
        expect.stringMatching(/Redis connection error/),
        expect.stringMatching(/Redis connection restored/),
      ]);
    } finally {
      await relayed.close();
      await outage.stop();
    }
  });

  it('stops listening once closed', async () => {
    const closing = await startUpstashBridge({ redisUrl: localRedisUrl, token });
    expect((await call(closing, `/get/${prefix}none`)).status).toBe(200);
    await closing.close();
    await expect(fetch(`${closing.url}/get/k`)).rejects.toThrow();
  });
});
