// The daily cron jobs (SPEC §8.2): log cleanup by the retention setting (rollups are kept) and price
// sync from the configured URL.
import { syncPrices } from '../billing/sync-prices.ts';
import { cacheFromConfig } from '../cache/shared-cache.ts';
import { deleteLogsBefore } from '../db/queries/request-log.ts';
import { readSettings } from '../db/queries/settings.ts';
import { withConfiguredDatabase } from '../db/with-configured-database.ts';
import type { Env } from '../env.ts';
import type { Logger } from '../log.ts';

const dayMs = 86_400_000;

export async function cleanupLogs(env: Env, log: Logger, now = Date.now()): Promise<void> {
  await withConfiguredDatabase(env, async (db) => {
    const settings = await readSettings(db);
    if (!settings.enableAutoCleanup) return;
    const before = new Date(now - settings.cleanupRetentionDays * dayMs);
    const deleted = await deleteLogsBefore(db, before);
    log.info('Request log cleaned up', { deleted, before: before.toISOString() });
  });
}

export async function syncPricesJob(env: Env, log: Logger): Promise<void> {
  await withConfiguredDatabase(env, async (db, config) => {
    const url = (await readSettings(db)).priceSyncUrl;
    if (!url) return;
    const outcome = await syncPrices(db, cacheFromConfig(config, log), url);
    if (outcome.ok) log.info('Prices synced', { updated: outcome.updated });
    else log.warn('Price sync failed', { error: outcome.error });
  });
}
