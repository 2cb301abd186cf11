// The daily leaderboard job (SPEC §8.2, §8.3), run every minute by the cron: for each target bound to
// the leaderboard whose local time has come, claims today in the binding (so it is sent once a day
// even when runs overlap) and sends yesterday's top users by cost.
import { boundTargets, claimBindingDay, topUsersOnDay } from '../db/queries/notifications.ts';
import { readSettings } from '../db/queries/settings.ts';
import type { Queryable } from '../db/queries/queryable.ts';
import { withConfiguredDatabase } from '../db/with-configured-database.ts';
import type { Logger } from '../log.ts';
import { runtimeSettingsOf } from '../settings/runtime-settings.ts';
import { deliverTo } from './dispatch-event.ts';
import { leaderboardMessage } from './event-messages.ts';
import { decideLeaderboard } from './leaderboard-schedule.ts';
import type { NotificationMessage } from './notification-message.ts';

export const defaultLeaderboardTime = '09:00';
const topCount = 10;

async function buildMessage(db: Queryable, day: string, now: number): Promise<NotificationMessage> {
  const rows = await topUsersOnDay(db, day, topCount);
  const entries = rows.map((row) => ({ name: row.name ?? (row.userId === null ? 'unknown user' : `user #${row.userId}`), requests: row.requests, costUsd: row.costUsd }));
  return leaderboardMessage({ day, entries, now });
}

export async function sendDailyLeaderboard(env: object, log: Logger, now = Date.now()): Promise<void> {
  await withConfiguredDatabase(env, async (db, config) => {
    const bound = await boundTargets(db, 'daily_leaderboard');
    if (bound.length === 0) return;
    // The cron holds a connection anyway, so it reads the setting fresh rather than through the cache.
    const { timeZone } = runtimeSettingsOf(await readSettings(db), config.TZ);
    const messages = new Map<string, Promise<NotificationMessage>>();
    for (const binding of bound) {
      const time = typeof binding.options['time'] === 'string' ? binding.options['time'] : defaultLeaderboardTime;
      const lastSent = binding.options['lastSentDay'];
      const decision = decideLeaderboard({ time, timeZone, lastSentDay: typeof lastSent === 'string' ? lastSent : undefined }, now);
      if (!decision.due || !(await claimBindingDay(db, binding.bindingId, decision.today))) continue;
      let message = messages.get(decision.reportDay);
      if (message === undefined) {
        message = buildMessage(db, decision.reportDay, now);
        messages.set(decision.reportDay, message);
      }
      await deliverTo([binding], await message, { encryptionKey: config.ENCRYPTION_KEY, log });
      log.info('Daily leaderboard sent', { targetId: binding.target.id, day: decision.reportDay });
    }
  });
}
