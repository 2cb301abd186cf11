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

export interface Cache {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Whether the shared tier answers; `disabled` when Upstash is not configured. */
  ping(): Promise<CacheStatus>;
}

/** One per isolate, so the memory tier outlives requests. */
const memory = new MemoryCache();

export function createCache(settings: CacheSettings, log: Logger, now: () => number = Date.now): Cache {
  const redis =
    settings.url && settings.token
      ? new Redis({
          url: settings.url,
          token: settings.token,
          retry: false,
          enableTelemetry: false,
          signal: () => AbortSignal.timeout(commandTimeoutMs),
        })
      : undefined;

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

  return {
    async get<T>(bareKey: string) {
      const key = named(bareKey);
      const local = memory.get<T>(key, now());
      if (local !== undefined) return local;
      const shared = await attempt((client) => client.get<{ v: T; ttl: number }>(key));
      if (shared === undefined || shared === null) return undefined;
      memory.set(key, shared.v, Math.min(shared.ttl, 60), now());
      return shared.v;
    },
    async set(bareKey, value, ttlSeconds) {
      const key = named(bareKey);
      memory.set(key, value, ttlSeconds, now());
      await attempt((client) => client.set(key, { v: value, ttl: ttlSeconds }, { ex: ttlSeconds }));
    },
    async delete(bareKey) {
      const key = named(bareKey);
      memory.delete(key);
      await attempt((client) => client.del(key));
    },
    async ping() {
      if (redis === undefined) return 'disabled';
      const answer = await attempt((client) => client.ping());
      return answer === 'PONG' ? 'ok' : 'error';
    },
  };
}

/** The cache as the configuration describes it. */
export function cacheFromConfig(
  config: { UPSTASH_REDIS_REST_URL: string | undefined; UPSTASH_REDIS_REST_TOKEN: string | undefined; CACHE_NAMESPACE: string | undefined },
  log: Logger,
): Cache {
  return createCache({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN, namespace: config.CACHE_NAMESPACE }, log);
}
