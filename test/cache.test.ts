import { env } from 'cloudflare:test';
import { Redis } from '@upstash/redis/cloudflare';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../worker/src/cache/shared-cache.ts';
import { createLogger } from '../worker/src/log.ts';

const log = createLogger('info');
const redisConfigured = env.UPSTASH_REDIS_REST_URL !== '';

describe('shared cache', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.skipIf(!redisConfigured)('writes through to Redis behind the Upstash bridge and reads it back', async () => {
    const settings = { url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN };
    const cache = createCache(settings, log);
    const key = `cch-test:${crypto.randomUUID()}`;
    await cache.set(key, { provider: 7, note: '会话' }, 30);
    const direct = new Redis({ ...settings, enableTelemetry: false });
    expect(await direct.get(key)).toEqual({ v: { provider: 7, note: '会话' }, ttl: 30 });
    expect(await direct.ttl(key)).toBeGreaterThan(25);
    expect(await cache.ping()).toBe('ok');
    await cache.delete(key);
    expect(await direct.get(key)).toBeNull();
    expect(await cache.get(key)).toBeUndefined();
  });

  it.skipIf(!redisConfigured)('keeps namespaces apart in the same Redis', async () => {
    const settings = { url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN };
    const key = `cch-test:${crypto.randomUUID()}`;
    const staging = createCache({ ...settings, namespace: 'staging' }, log);
    const production = createCache({ ...settings, namespace: 'production' }, log);
    await staging.set(key, 'staging value', 30);
    expect(await production.get(key)).toBeUndefined();
    expect(await staging.get(key)).toBe('staging value');
    const direct = new Redis({ ...settings, enableTelemetry: false });
    expect(await direct.get(`staging:${key}`)).toEqual({ v: 'staging value', ttl: 30 });
    await staging.delete(key);
  });

  it.skipIf(!redisConfigured)('remembers a miss only for a get that asks, and drops it on its own write', async () => {
    const settings = { url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN };
    const cache = createCache(settings, log);
    const direct = new Redis({ ...settings, enableTelemetry: false });
    const key = `cch-test:${crypto.randomUUID()}`;
    expect(await cache.get(key, { missTtlSeconds: 30 })).toBeUndefined();
    // Another isolate writes: this one keeps its remembered miss, while a plain get reads Redis.
    await direct.set(key, { v: 'elsewhere', ttl: 30 }, { ex: 30 });
    expect(await cache.get(key, { missTtlSeconds: 30 })).toBeUndefined();
    expect(await cache.get(key)).toBe('elsewhere');
    await cache.set(key, 'here', 30);
    expect(await cache.get(key, { missTtlSeconds: 30 })).toBe('here');
    await cache.delete(key);
  });

  it.skipIf(!redisConfigured)('refresh skips rewriting an unchanged value within its quiet period, not a changed one', async () => {
    const settings = { url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN };
    const cache = createCache(settings, log);
    const direct = new Redis({ ...settings, enableTelemetry: false });
    const key = `cch-test:${crypto.randomUUID()}`;
    await cache.refresh(key, 7, 300, 30);
    expect(await direct.get(key)).toEqual({ v: 7, ttl: 300 });
    await direct.del(key);
    await cache.refresh(key, 7, 300, 30);
    expect(await direct.get(key)).toBeNull();
    await cache.refresh(key, 8, 300, 30);
    expect(await direct.get(key)).toEqual({ v: 8, ttl: 300 });
    // A quiet period of 0 writes every time.
    const other = `cch-test:${crypto.randomUUID()}`;
    await cache.refresh(other, 1, 300, 0);
    await direct.del(other);
    await cache.refresh(other, 1, 300, 0);
    expect(await direct.get(other)).toEqual({ v: 1, ttl: 300 });
    await cache.delete(key);
    await cache.delete(other);
  });

  it('is disabled without Upstash settings and still caches in the isolate', async () => {
    const cache = createCache({ url: undefined, token: undefined }, log);
    expect(await cache.ping()).toBe('disabled');
    await cache.set('local-only', 42, 30);
    expect(await cache.get('local-only')).toBe(42);
  });

  it('never fails a caller when Redis is unreachable and logs "Redis connection error" at most once a minute', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let now = Date.now() + 10 * 365 * 86_400_000;
    const cache = createCache({ url: 'http://127.0.0.1:1', token: 'nothing' }, log, () => now);
    expect(await cache.get('missing')).toBeUndefined();
    await expect(cache.set('k', 1, 30)).resolves.toBeUndefined();
    await expect(cache.delete('k')).resolves.toBeUndefined();
    expect(await cache.ping()).toBe('error');
    now += 59_000;
    await cache.get('missing');
    const lines = () => warn.mock.calls.map((call) => JSON.parse(String(call[0])) as { msg: string; level: number });
    expect(lines().filter((l) => l.msg === 'Redis connection error')).toHaveLength(1);
    now += 2_000;
    await cache.get('missing');
    expect(lines().filter((l) => l.msg === 'Redis connection error')).toHaveLength(2);
    expect(lines()[0]?.level).toBe(40);
  });
});
