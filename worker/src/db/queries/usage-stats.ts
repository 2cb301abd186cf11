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

export async function leaderboard(db: Db, by: LeaderboardDimension, fromDay: string, limit: number) {
  const since = gte(usageDaily.day, fromDay);
  switch (by) {
    case 'user':
      return db
        .select({ id: usageDaily.userId, name: users.name, ...sums })
        .from(usageDaily)
        .leftJoin(users, eq(users.id, usageDaily.userId))
        .where(since)
        .groupBy(usageDaily.userId, users.name)
        .orderBy(desc(sums.costUsd))
        .limit(limit);
    case 'key':
      return db
        .select({ id: usageDaily.keyId, name: keys.name, ...sums })
        .from(usageDaily)
        .leftJoin(keys, eq(keys.id, usageDaily.keyId))
        .where(since)
        .groupBy(usageDaily.keyId, keys.name)
        .orderBy(desc(sums.costUsd))
        .limit(limit);
    case 'provider':
      return db
        .select({ id: usageDaily.providerId, name: providers.name, ...sums })
        .from(usageDaily)
        .leftJoin(providers, eq(providers.id, usageDaily.providerId))
        .where(and(since))
        .groupBy(usageDaily.providerId, providers.name)
        .orderBy(desc(sums.costUsd))
        .limit(limit);
    case 'model':
      return db
        .select({ id: sql<null>`null`, name: usageDaily.model, ...sums })
        .from(usageDaily)
        .where(since)
        .groupBy(usageDaily.model)
        .orderBy(desc(sums.costUsd))
        .limit(limit);
  }
}
