// The daily cron jobs (SPEC §8.2): log cleanup by the retention setting (rollups are kept) and price
// sync from the configured URL.
import { syncPrices } from '../billing/sync-prices.ts';
import { cacheFromConfig } from '../cache/shared-cache.ts';
import { loadConfig } from '../config.ts';
import { openDatabase, type Db } from '../db/client.ts';
import { deleteLogsBefore } from '../db/queries/request-log.ts';
import { readSettings } from '../db/queries/settings.ts';
import type { Env } from '../env.ts';
import type { Logger } from '../log.ts';

const dayMs = 86_400_000;

async function withJobDatabase(env: Env, run: (db: Db) => Promise<void>): Promise<void> {
  const config = loadConfig(env);
  if (config.DATABASE_URL === undefined) return;
  const database = openDatabase({ url: config.DATABASE_URL, wsProxy: config.NEON_WS_PROXY });
  try {
    await run(database.db);
  } finally {
    await database.close();
  }
}

export async function cleanupLogs(env: Env, log: Logger, now = Date.now()): Promise<void> {
  await withJobDatabase(env, async (db) => {
    const settings = await readSettings(db);
    if (!settings.enableAutoCleanup) return;
    const before = new Date(now - settings.cleanupRetentionDays * dayMs);
    const deleted = await deleteLogsBefore(db, before);
    log.info('Request log cleaned up', { deleted, before: before.toISOString() });
  });
}

export async function syncPricesJob(env: Env, log: Logger): Promise<void> {
  const config = loadConfig(env);
  await withJobDatabase(env, async (db) => {
    const url = (await readSettings(db)).priceSyncUrl;
    if (!url) return;
    const outcome = await syncPrices(db, cacheFromConfig(config, log), url);
    if (outcome.ok) log.info('Prices synced', { updated: outcome.updated });
    else log.warn('Price sync failed', { error: outcome.error });
  });
}
