// The shared cache over Upstash (SPEC §9): every failure is swallowed, so an absent or failing Redis
// never fails a request; the log says `Redis connection error` at most once a minute per isolate.
import { Redis } from '@upstash/redis/cloudflare';
import type { Logger } from '../log.ts';
import { MemoryCache } from './memory-cache.ts';

const errorLogIntervalMs = 60_000;
const commandTimeoutMs = 1_500;
let lastErrorLoggedAt = Number.NEGATIVE_INFINITY;

export type CacheStatus = 'ok' | 'disabled' | 'error';

export interface CacheSettings {
  url: string | undefined;
  token: string | undefined;
  /** Prefix of every key, so deployments (or test runs) sharing one Redis never see each other's entries. */
  namespace?: string | undefined;
}

export interface GetOptions {
  /**
   * Remember a miss in isolate memory for this many seconds, so a key that is usually absent costs no
   * Redis round trip on every request. Another isolate's write is then seen up to this much later;
   * this isolate's own writes and deletes replace the remembered miss at once.
   */
  missTtlSeconds?: number;
}

export interface Cache {
  get<T>(key: string, options?: GetOptions): Promise<T | undefined>;
  /**
   * Stores `value` for `ttlSeconds`; `memorySeconds` (when shorter) bounds how long any isolate keeps
   * it in memory, so an invalidation reaches every isolate within that bound.
   */
  set(key: string, value: unknown, ttlSeconds: number, memorySeconds?: number): Promise<void>;
  /**
   * `set` for an entry written again on every use (a session binding): when this isolate wrote the same
   * value under the key less than `quietSeconds` ago, the write is skipped, so the entry's expiry in
   * Redis lags its last use by at most `quietSeconds`.
   */
  refresh(key: string, value: unknown, ttlSeconds: number, quietSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Whether the shared tier answers; `disabled` when Upstash is not configured. */
  ping(): Promise<CacheStatus>;
}

/** One per isolate, so the memory tier outlives requests. */
const memory = new MemoryCache();
/** Remembered misses, apart so a flood of them cannot push real entries out of the memory tier. */
const misses = new MemoryCache();
/** What this isolate last wrote through `refresh`, each kept for its quiet period. */
const recentWrites = new MemoryCache();

/**
 * One client per isolate and Upstash endpoint: building one defines every command afresh, which cost
 * more CPU than the rest of a proxied request's cache work. Auto-pipelining is off because each of its
 * batches builds a whole Pipeline the same way, and the cache only ever sends single commands.
 */
const clients = new Map<string, Redis>();

function clientFor(url: string, token: string): Redis {
  const id = `${url}\n${token}`;
  let client = clients.get(id);
  if (client === undefined) {
    client = new Redis({
      url,
      token,
      retry: false,
      enableTelemetry: false,
      enableAutoPipelining: false,
      signal: () => AbortSignal.timeout(commandTimeoutMs),
    });
    clients.set(id, client);
  }
  return client;
}

export function createCache(settings: CacheSettings, log: Logger, now: () => number = Date.now): Cache {
  const redis = settings.url && settings.token ? clientFor(settings.url, settings.token) : undefined;

  const reportError = (error: unknown) => {
    const at = now();
    if (at - lastErrorLoggedAt < errorLogIntervalMs) return;
    lastErrorLoggedAt = at;
    log.warn('Redis connection error', { error: error instanceof Error ? error.message : String(error) });
  };

  const named = (key: string) => (settings.namespace ? `${settings.namespace}:${key}` : key);

  const attempt = async <T>(run: (client: Redis) => Promise<T>): Promise<T | undefined> => {
    if (redis === undefined) return undefined;
    try {
      return await run(redis);
    } catch (error) {
      reportError(error);
      return undefined;
    }
  };

  const cache: Cache = {
    async get<T>(bareKey: string, options?: GetOptions) {
      const key = named(bareKey);
      const local = memory.get<T>(key, now());
      if (local !== undefined) return local;
      const missTtl = options?.missTtlSeconds;
      if (missTtl !== undefined && misses.get(key, now()) !== undefined) return undefined;
      const shared = await attempt((client) => client.get<{ v: T; ttl: number }>(key));
      if (shared === undefined || shared === null) {
        if (missTtl !== undefined) misses.set(key, true, missTtl, now());
        return undefined;
      }
      memory.set(key, shared.v, Math.min(shared.ttl, 60), now());
      return shared.v;
    },
    async set(bareKey, value, ttlSeconds, memorySeconds) {
      const key = named(bareKey);
      // `ttl` beside the value is how long a reader may keep it in its isolate's memory.
      const memoryTtl = Math.min(ttlSeconds, memorySeconds ?? ttlSeconds);
      memory.set(key, value, memoryTtl, now());
      misses.delete(key);
      recentWrites.delete(key);
      await attempt((client) => client.set(key, { v: value, ttl: memoryTtl }, { ex: ttlSeconds }));
    },
    async refresh(bareKey, value, ttlSeconds, quietSeconds) {
      const key = named(bareKey);
      const at = now();
      if (recentWrites.get(key, at) === value) return;
      // set forgets the key's recent write before its first await, so record this one after calling it.
      const written = cache.set(bareKey, value, ttlSeconds);
      if (quietSeconds > 0) recentWrites.set(key, value, quietSeconds, at);
      await written;
    },
    async delete(bareKey) {
      const key = named(bareKey);
      memory.delete(key);
      misses.delete(key);
      recentWrites.delete(key);
      await attempt((client) => client.del(key));
    },
    async ping() {
      if (redis === undefined) return 'disabled';
      const answer = await attempt((client) => client.ping());
      return answer === 'PONG' ? 'ok' : 'error';
    },
  };
  return cache;
}

/** The cache as the configuration describes it. */
export function cacheFromConfig(
  config: { UPSTASH_REDIS_REST_URL: string | undefined; UPSTASH_REDIS_REST_TOKEN: string | undefined; CACHE_NAMESPACE: string | undefined },
  log: Logger,
): Cache {
  return createCache({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN, namespace: config.CACHE_NAMESPACE }, log);
}
