// Cron entry point (wrangler.toml [triggers]): each cron expression runs the jobs registered for it.
import type { Env } from './env.ts';
import { loadConfig } from './config.ts';
import { createLogger, type Logger } from './log.ts';

export type Job = (env: Env, log: Logger) => Promise<void>;

/** Jobs by cron expression; later features register theirs here. */
export const jobs: Record<string, Job[]> = {
  '* * * * *': [],
  '0 3 * * *': [],
};

export async function runScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const log = createLogger(loadConfig(env).LOG_LEVEL, { cron: controller.cron });
  const due = jobs[controller.cron] ?? [];
  const results = await Promise.allSettled(due.map((job) => job(env, log)));
  for (const result of results) {
    if (result.status === 'rejected') log.error('Scheduled job failed', { error: result.reason });
  }
}
