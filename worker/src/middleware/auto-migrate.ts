// Holds a request until this isolate has run the migration check (AUTO_MIGRATE).
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ensureMigrated } from '../db/migration-gate.ts';

export const autoMigrate: MiddlewareHandler<AppEnv> = async (c, next) => {
  await ensureMigrated(c.env, c.get('config'), c.get('log'));
  await next();
};
