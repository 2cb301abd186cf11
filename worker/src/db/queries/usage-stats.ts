// Statistics from the daily rollups (they outlive log cleanup): totals and series for the dashboard,
// and the leaderboard by user, key, provider or model.
import { and, countDistinct, desc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { keys } from '../schema/keys.ts';
import { providers } from '../schema/providers.ts';
import { requestLog } from '../schema/request-log.ts';
import { usageDaily } from '../schema/usage-daily.ts';
import { users } from '../schema/users.ts';

const sums = {
  requests: sql<number>`coalesce(sum(${usageDaily.requests}), 0)::int`,
  errors: sql<number>`coalesce(sum(${usageDaily.errors}), 0)::int`,
  inputTokens: sql<number>`coalesce(sum(${usageDaily.inputTokens}), 0)::bigint`.mapWith(Number),
  outputTokens: sql<number>`coalesce(sum(${usageDaily.outputTokens}), 0)::bigint`.mapWith(Number),
  cacheReadTokens: sql<number>`coalesce(sum(${usageDaily.cacheReadTokens}), 0)::bigint`.mapWith(Number),
  cacheWriteTokens: sql<number>`coalesce(sum(${usageDaily.cacheWrite5mTokens} + ${usageDaily.cacheWrite1hTokens}), 0)::bigint`.mapWith(Number),
  costUsd: sql<number>`coalesce(sum(${usageDaily.costUsd}), 0)`.mapWith(Number),
};

export async function dailySeries(db: Db, fromDay: string) {
  return db
    .select({ day: usageDaily.day, ...sums })
    .from(usageDaily)
    .where(gte(usageDaily.day, fromDay))
    .groupBy(usageDaily.day)
    .orderBy(usageDaily.day);
}

export async function activeSessions(db: Db, since: Date): Promise<number> {
  const [row] = await db.select({ n: countDistinct(requestLog.sessionId) }).from(requestLog).where(gte(requestLog.createdAt, since));
  return row?.n ?? 0;
}

export type LeaderboardDimension = 'user' | 'key' | 'provider' | 'model';

/** Each dimension's rollup column and, where it names a row, the table that gives it a name. */
const dimensions = {
  user: { id: usageDaily.userId, named: { table: users, id: users.id, name: users.name } },
  key: { id: usageDaily.keyId, named: { table: keys, id: keys.id, name: keys.name } },
  provider: { id: usageDaily.providerId, named: { table: providers, id: providers.id, name: providers.name } },
  model: { id: usageDaily.model, named: undefined },
} as const;

export async function leaderboard(db: Db, by: LeaderboardDimension, fromDay: string, limit: number) {
  const { id, named } = dimensions[by];
  const name = named?.name ?? usageDaily.model;
  const query = db.select({ id, name, ...sums }).from(usageDaily).$dynamic();
  if (named !== undefined) query.leftJoin(named.table, eq(named.id, id));
  return query
    .where(gte(usageDaily.day, fromDay))
    .groupBy(id, name)
    .orderBy(desc(sums.costUsd))
    .limit(limit);
}

/** One key's totals since a day (inclusive), from the rollups. */
export async function keyTotalsSince(db: Db, keyId: number, fromDay: string) {
  const [row] = await db
    .select(sums)
    .from(usageDaily)
    .where(and(eq(usageDaily.keyId, keyId), gte(usageDaily.day, fromDay)));
  return row ?? { requests: 0, errors: 0, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: 0 };
}
