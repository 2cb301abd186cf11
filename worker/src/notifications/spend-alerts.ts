// Spend alerts (SPEC §8.3) on the worker side. The Limiter objects decide exactly which limits a
// settle pushed across the alert share; the share is the system setting as the request loaded it
// (runtime-settings.ts), and only when a limit did cross is the database opened to name the user or
// key and notify the bound targets. All of it runs after the response, under waitUntil.
import type { LimitPolicy } from '../../../durable-objects/limiter/limit-policy.ts';
import type { SpendCrossing } from '../../../durable-objects/limiter/spend-crossings.ts';
import { principalName } from '../db/queries/notifications.ts';
import type { Logger } from '../log.ts';
import type { RuntimeSettings } from '../settings/runtime-settings.ts';
import { notifyEvent } from './dispatch-event.ts';
import { spendAlertMessage } from './event-messages.ts';

export interface PrincipalCrossing extends SpendCrossing {
  scope: 'user' | 'key';
  id: number;
}

const usdFields = ['limit5hUsd', 'dailyLimitUsd', 'limitWeeklyUsd', 'limitMonthlyUsd', 'limitTotalUsd'] as const;

export function hasSpendLimit(policy: LimitPolicy): boolean {
  return usdFields.some((field) => {
    const value = policy[field];
    return value !== null && value > 0;
  });
}

/**
 * The alert share, or undefined when the settings could not be read (the database is down): then no
 * crossing is computed, since the Limiter would count it as alerted while no alert could be sent.
 */
export function alertShareOf(settings: RuntimeSettings): number | undefined {
  return settings.current ? settings.spendAlertThreshold : undefined;
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
