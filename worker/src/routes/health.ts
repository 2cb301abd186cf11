// GET /health: liveness and readiness (SPEC §3.1). 200 while the gateway can serve; 503 naming the
// failing part when the database, the Durable Objects or the migrations are not right.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requestCache } from '../cache/request-cache.ts';
import type { Config } from '../config.ts';
import { appliedVersion } from '../db/apply-migrations.ts';
import { openDatabase } from '../db/client.ts';
import { describeDatabaseFailure } from '../db/describe-db-error.ts';
import { ensureMigrated } from '../db/migration-gate.ts';
import { migrationFiles } from '../db/migration-manifest.ts';
import type { Env } from '../env.ts';
import type { Logger } from '../log.ts';
import { migratorStub } from '../../../durable-objects/migrator/stub.ts';
import { version } from '../version.ts';

const checkTimeoutMs = 3_000;

type Check = { status: 'ok' | 'disabled' | 'error'; error?: string; [field: string]: unknown };

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} timed out after ${checkTimeoutMs} ms`)), checkTimeoutMs),
    ),
  ]);
}

async function checkDatabase(config: Config): Promise<Check> {
  const url = config.DATABASE_URL;
  if (url === undefined) return { status: 'error', error: 'Database connection failed: DATABASE_URL is not set' };
  const database = openDatabase({ url, wsProxy: config.NEON_WS_PROXY, connectTimeoutMs: checkTimeoutMs });
  const started = Date.now();
  try {
    const client = await withTimeout(database.pool.connect(), 'connecting');
    try {
      const current = await withTimeout(appliedVersion(client, migrationFiles), 'the version query');
      const latest = migrationFiles.at(-1)?.tag ?? null;
      const check: Check = { status: 'ok', latencyMs: Date.now() - started, migration: current, latestMigration: latest };
      if (current !== latest) {
        return { ...check, status: 'error', error: `Database schema is at ${current ?? 'nothing'}, expected ${latest}: run npm run db:migrate` };
      }
      return check;
    } finally {
      client.release();
    }
  } catch (error) {
    return { status: 'error', error: describeDatabaseFailure(error, url) };
  } finally {
    await database.close();
  }
}

async function checkDurableObjects(env: Env): Promise<Check> {
  try {
    await withTimeout(migratorStub(env).ping(), 'the Durable Object ping');
    return { status: 'ok' };
  } catch (error) {
    return { status: 'error', error: `Durable Objects unreachable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function checkMigrations(env: Env, config: Config, log: Logger): Promise<string | undefined> {
  try {
    await ensureMigrated(env, config, log);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export const health = new Hono<AppEnv>().get('/health', async (c) => {
  const config = c.get('config');
  const migrationError = await checkMigrations(c.env, config, c.get('log'));
  const [database, durableObjects, cacheStatus] = await Promise.all([
    checkDatabase(config),
    checkDurableObjects(c.env),
    requestCache(c).ping(),
  ]);
  if (migrationError !== undefined) Object.assign(database, { status: 'error', error: migrationError });
  const failing = Object.entries({ database, durableObjects })
    .filter(([, check]) => check.status === 'error')
    .map(([name]) => name);
  const body = {
    status: failing.length === 0 ? 'ok' : 'error',
    failing,
    version,
    database,
    cache: { status: cacheStatus },
    durableObjects,
  };
  if (failing.length > 0) c.get('log').warn('Health check failing', { failing, database: database.error });
  return c.json(body, failing.length === 0 ? 200 : 503);
});
