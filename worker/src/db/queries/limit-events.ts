// Requests refused by a limit (SPEC §5, §7.2), read from the request log: counts by limit and user,
// and by bucket and limit for the series. Auth throttling is logged as blocked by auth, with its own
// limit name.
import { and, count, eq, gte, isNotNull, max, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { requestLog } from '../schema/request-log.ts';
import { users } from '../schema/users.ts';
import { unknownLimit, type BucketSize, type LimitEventCount, type SeriesCount } from '../../request-log/summarize-limit-events.ts';

const isLimitEvent = or(eq(requestLog.blockedBy, 'rate_limit'), isNotNull(requestLog.limitName));
/**
 * Expressions with bound parameters (this one, the time-zone bucket) are grouped by their position in
 * the select list: Postgres does not see two separately bound copies of an expression as equal.
 */
const limitOf = sql<string>`coalesce(${requestLog.limitName}, ${unknownLimit})`;

export async function countLimitEvents(db: Db, from: Date): Promise<LimitEventCount[]> {
  const rows = await db
    .select({ limit: limitOf, userId: requestLog.userId, userName: users.name, events: count(), lastAt: max(requestLog.createdAt) })
    .from(requestLog)
    .leftJoin(users, eq(users.id, requestLog.userId))
    .where(and(gte(requestLog.createdAt, from), isLimitEvent))
    .groupBy(sql`1`, requestLog.userId, users.name);
  return rows.map((row) => ({ ...row, lastAt: row.lastAt ?? from }));
}

/** Hours are UTC hours (`YYYY-MM-DDTHH:00:00Z`), days are days in `timeZone` (`YYYY-MM-DD`), as `bucketOf` writes them. */
export async function limitEventSeries(db: Db, from: Date, size: BucketSize, timeZone: string): Promise<SeriesCount[]> {
  const bucket =
    size === 'hour'
      ? sql<string>`to_char(${requestLog.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24":00:00Z"')`
      : sql<string>`to_char(${requestLog.createdAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  return db
    .select({ bucket, limit: limitOf, events: count() })
    .from(requestLog)
    .where(and(gte(requestLog.createdAt, from), isLimitEvent))
    .groupBy(sql`1`, sql`2`);
}
