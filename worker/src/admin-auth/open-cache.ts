// The shared cache as admin routes use it: login throttling and invalidating what the proxy caches.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { createCache, type Cache } from '../cache/shared-cache.ts';

export function openCache(c: Context<AppEnv>): Cache {
  const config = c.get('config');
  return createCache({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN }, c.get('log'));
}
