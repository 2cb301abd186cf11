// Cron entry point (wrangler.toml [triggers]): each cron expression runs the jobs registered for it.
import type { Env } from './env.ts';
import { loadConfig } from './config.ts';
import { cleanupLogs, syncPricesJob } from './jobs/daily-jobs.ts';
import { createLogger, type Logger } from './log.ts';
import { sendDailyLeaderboard } from './notifications/daily-leaderboard.ts';
import { allOutboxStubs } from '../../durable-objects/log-outbox/stub.ts';

export type Job = (env: Env, log: Logger) => Promise<void>;

/** Writes whatever waits in the request-log outboxes (their alarms do too; this is the safety net). */
async function flushOutboxes(env: Env, log: Logger): Promise<void> {
  const results = await Promise.all(allOutboxStubs(env).map((stub) => stub.flush()));
  const pending = results.reduce((sum, r) => sum + r.pending, 0);
  if (pending > 0) log.warn('Request log rows still waiting in the outbox', { pending });
}

/** Jobs by cron expression. */
export const jobs: Record<string, Job[]> = {
  '* * * * *': [flushOutboxes, (env, log) => sendDailyLeaderboard(env, log)],
  '0 3 * * *': [cleanupLogs, syncPricesJob],
};

export async function runScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const log = createLogger(loadConfig(env).LOG_LEVEL, { cron: controller.cron });
  const due = jobs[controller.cron] ?? [];
  const results = await Promise.allSettled(due.map((job) => job(env, log)));
  for (const result of results) {
    if (result.status === 'rejected') log.error('Scheduled job failed', { error: result.reason });
  }
}
