// A local HTTP server speaking Upstash Redis's REST protocol in front of a real Redis, so `npm run dev`
// and the tests can use the unchanged @upstash/redis client without an Upstash account (SPEC §2, §9).
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { checkUpstashToken } from './upstash-check-token.ts';
import { parseUpstashRequest } from './upstash-parse-request.ts';
import { runUpstashRequest } from './upstash-run-request.ts';
import type { BridgeReply } from './upstash-run-request.ts';

export interface UpstashBridgeOptions {
  redisUrl: string;
  token: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Where connection problems are reported; once per outage. Defaults to console.warn. */
  log?: (message: string) => void;
}

export interface UpstashBridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

const maxBodyBytes = 32 * 1024 * 1024;
// How long start-up waits for the first connection before serving anyway (requests then get 503).
const firstConnectWaitMs = 3_000;

export async function startUpstashBridge(options: UpstashBridgeOptions): Promise<UpstashBridge> {
  // An empty token would make every request unauthorised, which is always a configuration mistake.
  if (options.token === '') throw new Error('startUpstashBridge needs a non-empty token');
  const host = options.host ?? '127.0.0.1';
  const redis = connectRedis(options.redisUrl, options.log ?? ((message) => console.warn(message)));
  await firstConnection(redis);
  const server = createServer((req, res) => {
    handle(req, res, redis, options.token).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      send(res, { status: 500, body: { error: `ERR bridge failure: ${message}` } }, req.method);
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    token: options.token,
    close: async () => {
      // fetch keeps connections alive; without closing them server.close() would wait for their timeout.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      redis.removeAllListeners('close');
      redis.disconnect();
      await closed;
    },
  };
}

function connectRedis(redisUrl: string, log: (message: string) => void): Redis {
  const redis = new Redis(redisUrl, {
    // RESP2 replies have the shapes Upstash's JSON mirrors (flat arrays for hashes, doubles as strings).
    protocol: 2,
    // Fail at once while disconnected instead of queueing, so callers see a 503 rather than a hang;
    // in-flight commands are failed on the first lost connection, and a wedged server times out.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 5_000,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let down = false;
  const reportDown = (cause: string) => {
    if (down) return;
    down = true;
    log(`upstash bridge: Redis connection error (${redisUrl}): ${cause}; reconnecting in the background`);
  };
  redis.on('error', (error: Error) => reportDown(error.message));
  redis.on('close', () => reportDown('connection closed'));
  redis.on('ready', () => {
    if (down) log(`upstash bridge: Redis connection restored (${redisUrl})`);
    down = false;
  });
  return redis;
}

function firstConnection(redis: Redis): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, firstConnectWaitMs);
    redis.once('ready', done);
    redis.once('error', done);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, redis: Redis, token: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://upstash-bridge.local');
  const credentials = { authorization: req.headers.authorization, queryToken: url.searchParams.get('_token') };
  if (!checkUpstashToken(credentials, token)) {
    req.resume();
    return send(res, { status: 401, body: { error: 'Unauthorized' } }, req.method);
  }
  const format = header(req, 'upstash-response-format');
  if (format !== undefined && format.toLowerCase() !== 'json') {
    req.resume();
    return send(res, { status: 400, body: { error: `ERR response format '${format}' is not supported here` } }, req.method);
  }
  const body = await readBody(req);
  if (body === undefined) return send(res, { status: 413, body: { error: 'ERR request body too large' } }, req.method);
  const parsed = parseUpstashRequest({ method: req.method ?? 'GET', url, body });
  if (!parsed.ok) return send(res, { status: parsed.status, body: { error: parsed.error } }, req.method);
  const base64 = header(req, 'upstash-encoding')?.toLowerCase() === 'base64';
  send(res, await runUpstashRequest(redis, parsed.request, base64), req.method);
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= maxBodyBytes ? Buffer.concat(chunks) : undefined));
    req.on('error', reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, reply: BridgeReply, method: string | undefined): void {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(method === 'HEAD' ? undefined : text);
}
