// Writes a batch of log rows and their daily rollups in one transaction. A row already written (a
// retried batch) is skipped and adds nothing to the rollups, so a batch can be retried safely.
import { and, desc, eq, getTableColumns, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { keys } from '../schema/keys.ts';
import { requestLog } from '../schema/request-log.ts';
import { users } from '../schema/users.ts';
import { usageDaily } from '../schema/usage-daily.ts';
import { toInsert, type LogRow } from '../../request-log/log-row.ts';
import { rollupsOf } from '../../request-log/rollup.ts';

const add = (column: { name: string }) => sql.raw(`"usage_daily"."${column.name}" + excluded."${column.name}"`);

export async function writeLogBatch(db: Db, rows: readonly LogRow[], timeZone: string): Promise<number> {
  if (rows.length === 0) return 0;
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(requestLog)
      .values(rows.map(toInsert))
      .onConflictDoNothing({ target: requestLog.requestId })
      .returning({ requestId: requestLog.requestId });
    const fresh = new Set(inserted.map((r) => r.requestId));
    const rollups = rollupsOf(
      rows.filter((r) => fresh.has(r.requestId)),
      timeZone,
    );
    if (rollups.length > 0) {
      await tx
        .insert(usageDaily)
        .values(rollups)
        .onConflictDoUpdate({
          target: [usageDaily.day, usageDaily.userId, usageDaily.keyId, usageDaily.providerId, usageDaily.model],
          set: {
            requests: add(usageDaily.requests),
            errors: add(usageDaily.errors),
            inputTokens: add(usageDaily.inputTokens),
            outputTokens: add(usageDaily.outputTokens),
            cacheWrite5mTokens: add(usageDaily.cacheWrite5mTokens),
            cacheWrite1hTokens: add(usageDaily.cacheWrite1hTokens),
            cacheReadTokens: add(usageDaily.cacheReadTokens),
            reasoningTokens: add(usageDaily.reasoningTokens),
            costUsd: add(usageDaily.costUsd),
          },
        });
    }
    return inserted.length;
  });
}

/** Which of these request ids are already in the log (tests and diagnostics). */
export async function loggedRequestIds(db: Db, requestIds: string[]): Promise<string[]> {
  if (requestIds.length === 0) return [];
  const rows = await db.select({ requestId: requestLog.requestId }).from(requestLog).where(inArray(requestLog.requestId, requestIds));
  return rows.map((r) => r.requestId);
}

export interface LogFilters {
  userId?: number | undefined;
  keyId?: number | undefined;
  providerId?: number | undefined;
  model?: string | undefined;
  statusCode?: number | undefined;
  sessionId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Rows older than this position (the previous page's last row). */
  before?: { createdAt: Date; id: number } | undefined;
}

/** Newest first, `limit` rows, with the filters of `GET /api/admin/logs`. */
export async function listLogs(db: Db, filters: LogFilters, limit: number) {
  const conditions = [
    filters.userId === undefined ? undefined : eq(requestLog.userId, filters.userId),
    filters.keyId === undefined ? undefined : eq(requestLog.keyId, filters.keyId),
    filters.providerId === undefined ? undefined : eq(requestLog.providerId, filters.providerId),
    filters.model === undefined ? undefined : eq(requestLog.modelRequested, filters.model),
    filters.statusCode === undefined ? undefined : eq(requestLog.statusCode, filters.statusCode),
    filters.sessionId === undefined ? undefined : eq(requestLog.sessionId, filters.sessionId),
    filters.from === undefined ? undefined : gte(requestLog.createdAt, filters.from),
    filters.to === undefined ? undefined : lt(requestLog.createdAt, filters.to),
    filters.before === undefined
      ? undefined
      : or(
          lt(requestLog.createdAt, filters.before.createdAt),
          and(eq(requestLog.createdAt, filters.before.createdAt), lt(requestLog.id, filters.before.id)),
        ),
  ];
  return selectLogs(db)
    .where(and(...conditions))
    .orderBy(desc(requestLog.createdAt), desc(requestLog.id))
    .limit(limit);
}

export async function findLog(db: Db, id: number) {
  const [row] = await selectLogs(db).where(eq(requestLog.id, id));
  return row;
}

/** Log rows with the names of their user and key (deleted ones included), for the admin. */
function selectLogs(db: Db) {
  return db
    .select({ ...getTableColumns(requestLog), userName: users.name, keyName: keys.name })
    .from(requestLog)
    .leftJoin(users, eq(users.id, requestLog.userId))
    .leftJoin(keys, eq(keys.id, requestLog.keyId));
}

/** Deletes log rows older than `before`, a batch at a time; rollups are never touched. */
export async function deleteLogsBefore(db: Db, before: Date, batchSize = 5_000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const batch = await db
      .select({ id: requestLog.id })
      .from(requestLog)
      .where(lt(requestLog.createdAt, before))
      .limit(batchSize);
    if (batch.length === 0) return deleted;
    await db.delete(requestLog).where(inArray(requestLog.id, batch.map((r) => r.id)));
    deleted += batch.length;
  }
}
