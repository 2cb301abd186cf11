// Spend alerts (SPEC §8.3) on the worker side. The Limiter objects decide exactly which limits a
// settle pushed across the alert share; this reads that share (cached, so a finished request rarely
// touches the database) and, only when a limit did cross, opens the database to name the user or key
// and notify the bound targets. All of it runs after the response, under waitUntil.
import type { LimitPolicy } from '../../../durable-objects/limiter/limit-policy.ts';
import type { SpendCrossing } from '../../../durable-objects/limiter/spend-crossings.ts';
import type { Cache } from '../cache/shared-cache.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { principalName } from '../db/queries/notifications.ts';
import { readSettings } from '../db/queries/settings.ts';
import type { Logger } from '../log.ts';
import { notifyEvent } from './dispatch-event.ts';
import { spendAlertMessage } from './event-messages.ts';

export interface PrincipalCrossing extends SpendCrossing {
  scope: 'user' | 'key';
  id: number;
}

/** The system setting `spendAlertThreshold`, cached for a minute: a change applies within one. */
export const spendAlertShareKey = 'cch:spend-alert-share:v1';
const shareTtlSeconds = 60;

const usdFields = ['limit5hUsd', 'dailyLimitUsd', 'limitWeeklyUsd', 'limitMonthlyUsd', 'limitTotalUsd'] as const;

export function hasSpendLimit(policy: LimitPolicy): boolean {
  return usdFields.some((field) => {
    const value = policy[field];
    return value !== null && value > 0;
  });
}

/** The alert share, or undefined when it cannot be known (no database): then no alert is computed. */
export async function readAlertShare(cache: Cache, env: object, log: Logger): Promise<number | undefined> {
  const cached = await cache.get<number>(spendAlertShareKey);
  if (cached !== undefined) return cached;
  const config = loadConfig(env);
  if (config.DATABASE_URL === undefined) return undefined;
  const database = openDatabase({ url: config.DATABASE_URL, wsProxy: config.NEON_WS_PROXY });
  try {
    const share = (await readSettings(database.db)).spendAlertThreshold;
    await cache.set(spendAlertShareKey, share, shareTtlSeconds);
    return share;
  } catch (error) {
    log.warn('Spend alert threshold unavailable', { error: error instanceof Error ? error.message : String(error) });
    // Remembered as "no alerts" for the same minute, so a database outage does not hold up every settle.
    await cache.set(spendAlertShareKey, 0, shareTtlSeconds);
    return undefined;
  } finally {
    await database.close();
  }
}

/** One notification per crossing; failures are logged by the dispatcher. */
export async function notifySpendCrossings(env: object, crossings: readonly PrincipalCrossing[], log: Logger, now = Date.now()): Promise<void> {
  for (const crossing of crossings) {
    log.info('Spend alert', { scope: crossing.scope, id: crossing.id, limit: crossing.limit, currentUsd: crossing.currentUsd, maxUsd: crossing.maxUsd });
    await notifyEvent(
      env,
      'spend_alert',
      async (db) => {
        const name = (await principalName(db, crossing.scope, crossing.id)) ?? `#${crossing.id}`;
        return spendAlertMessage({ scope: crossing.scope, name, limit: crossing.limit, currentUsd: crossing.currentUsd, maxUsd: crossing.maxUsd, share: crossing.share, resetAt: crossing.resetAt, now });
      },
      log,
    );
  }
}
