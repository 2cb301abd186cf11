// The shared cache as routes use it: the request's configuration and logger, isolate memory first.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { cacheFromConfig, type Cache } from './shared-cache.ts';

export function requestCache(c: Context<AppEnv>): Cache {
  const config = c.get('config');
  return cacheFromConfig(config, c.get('log'));
}
