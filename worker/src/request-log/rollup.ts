// Daily usage rollups (day × user × key × provider × model) from a batch of log rows, summed per
// dimension so one upsert statement touches each rollup row once.
import type { usageDaily } from '../db/schema/usage-daily.ts';
import type { LogRow } from './log-row.ts';

export type Rollup = Required<Omit<typeof usageDaily.$inferInsert, 'userId' | 'keyId' | 'providerId' | 'model'>> & {
  userId: number | null;
  keyId: number | null;
  providerId: number | null;
  model: string | null;
};

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of `at` in `timeZone`, as YYYY-MM-DD. */
export function dayIn(at: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

export function rollupsOf(rows: readonly LogRow[], timeZone: string): Rollup[] {
  const byDimension = new Map<string, Rollup>();
  for (const row of rows) {
    const dimension = {
      day: dayIn(row.createdAt, timeZone),
      userId: row.userId ?? null,
      keyId: row.keyId ?? null,
      providerId: row.providerId ?? null,
      model: row.modelRequested ?? null,
    };
    const id = JSON.stringify(dimension);
    const sum = byDimension.get(id) ?? {
      ...dimension,
      requests: 0,
      errors: 0,
      inputTokens: 0,
      outputTokens: 0,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 0,
      reasoningTokens: 0,
      costUsd: 0,
    };
    sum.requests += 1;
    sum.errors += row.statusCode >= 400 ? 1 : 0;
    sum.inputTokens += row.inputTokens ?? 0;
    sum.outputTokens += row.outputTokens ?? 0;
    sum.cacheWrite5mTokens += row.cacheWrite5mTokens ?? 0;
    sum.cacheWrite1hTokens += row.cacheWrite1hTokens ?? 0;
    sum.cacheReadTokens += row.cacheReadTokens ?? 0;
    sum.reasoningTokens += row.reasoningTokens ?? 0;
    sum.costUsd += row.costUsd ?? 0;
    byDimension.set(id, sum);
  }
  // One order for every batch: concurrent outbox shards then lock shared rollup rows in the same
  // order and wait for each other instead of deadlocking.
  return [...byDimension.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, sum]) => sum);
}
