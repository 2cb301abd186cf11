// A record the hot path reads through the cache (isolate memory → shared cache → Postgres only when
// both are cold). When Postgres cannot be read, the value this isolate last saw stands (the fallback
// on a fresh isolate) and Postgres is asked again only after a pause, so an outage neither refuses
// requests nor makes each one wait for a connection attempt.
import type { Logger } from '../log.ts';
import type { Cache } from './shared-cache.ts';

/** After a failed read, this isolate waits this long before asking Postgres again. */
const retryAfterFailureMs = 15_000;

export interface ReadThroughOptions<T> {
  key: string;
  ttlSeconds: number;
  /** How long any isolate keeps the value in memory (default: the TTL); bounds how late a change arrives. */
  memorySeconds?: number;
  /** What stands when nothing was ever read. */
  fallback: T;
  /** The warning logged when Postgres fails. */
  unavailable: string;
}

/** The value, and whether it is current (false: the last known value or the fallback). */
export interface ReadResult<T> {
  value: T;
  current: boolean;
}

export type ReadThrough<T> = (cache: Cache, read: () => Promise<T>, log: Logger, now?: number) => Promise<ReadResult<T>>;

/** One loader per record; it keeps the last known value and the retry pause for its isolate. */
export function createReadThrough<T>(options: ReadThroughOptions<T>): ReadThrough<T> {
  let lastKnown: T | undefined;
  let failedUntil = 0;
  const stale = (): ReadResult<T> => ({ value: lastKnown ?? options.fallback, current: false });
  return async (cache, read, log, now = Date.now()) => {
    const cached = await cache.get<T>(options.key);
    if (cached !== undefined) {
      lastKnown = cached;
      return { value: cached, current: true };
    }
    if (now < failedUntil) return stale();
    try {
      const value = await read();
      await cache.set(options.key, value, options.ttlSeconds, options.memorySeconds);
      lastKnown = value;
      return { value, current: true };
    } catch (error) {
      failedUntil = now + retryAfterFailureMs;
      log.warn(options.unavailable, { error: error instanceof Error ? error.message : String(error) });
      return stale();
    }
  };
}
