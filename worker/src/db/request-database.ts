// One database pool per request, opened on first use and closed once the handler has answered
// (Workers cannot share sockets across requests). Routes call `requestDb(c)`; the proxy's hot path
// never does.
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ProxyError } from '../errors.ts';
import { openDatabase, type Database, type Db } from './client.ts';

const opened = new WeakMap<Request, Database>();

export function requestDb(c: Context<AppEnv>): Db {
  const existing = opened.get(c.req.raw);
  if (existing !== undefined) return existing.db;
  const config = c.get('config');
  if (config.DATABASE_URL === undefined) {
    throw new ProxyError('unavailable', 'Database connection failed: DATABASE_URL is not set', {
      code: 'database_unavailable',
    });
  }
  const database = openDatabase({ url: config.DATABASE_URL, wsProxy: config.NEON_WS_PROXY });
  opened.set(c.req.raw, database);
  return database.db;
}

/** Middleware: closes the request's pool, if one was opened, after the handler is done. */
export const closeRequestDatabase: MiddlewareHandler<AppEnv> = async (c, next) => {
  try {
    await next();
  } finally {
    const database = opened.get(c.req.raw);
    if (database !== undefined) {
      opened.delete(c.req.raw);
      c.executionCtx.waitUntil(database.close());
    }
  }
};
