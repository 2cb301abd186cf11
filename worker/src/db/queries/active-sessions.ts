// Active sessions (SPEC §3.4, §7.2): sessions with a request within SESSION_TTL, from the request
// log. Each session's totals cover all its logged requests; who and which provider come from its
// latest ones.
import { and, count, desc, eq, gte, inArray, isNotNull, max, min, sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { keys } from '../schema/keys.ts';
import { providers } from '../schema/providers.ts';
import { requestLog } from '../schema/request-log.ts';
import { users } from '../schema/users.ts';

const bigSum = (column: AnyColumn) => sql<number>`coalesce(sum(${column}), 0)::bigint`.mapWith(Number);

export interface ActiveSessionFilters {
  since: Date;
  userId?: number | undefined;
  limit: number;
}

export interface NamedRef {
  id: number;
  name: string | null;
}

export interface ActiveSession {
  sessionId: string;
  user: NamedRef | null;
  key: NamedRef | null;
  provider: NamedRef | null;
  model: string | null;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
  firstSeen: Date;
  lastSeen: Date;
}

const ref = (id: number | null, name: string | null): NamedRef | null => (id === null ? null : { id, name });

/** Most recently seen first, at most `limit` sessions. */
export async function listActiveSessions(db: Db, filters: ActiveSessionFilters): Promise<ActiveSession[]> {
  const active = db
    .selectDistinct({ sessionId: requestLog.sessionId })
    .from(requestLog)
    .where(
      and(
        gte(requestLog.createdAt, filters.since),
        isNotNull(requestLog.sessionId),
        filters.userId === undefined ? undefined : eq(requestLog.userId, filters.userId),
      ),
    );
  const totals = await db
    .select({
      sessionId: sql<string>`${requestLog.sessionId}`,
      requests: count(),
      inputTokens: bigSum(requestLog.inputTokens),
      outputTokens: bigSum(requestLog.outputTokens),
      cacheReadTokens: bigSum(requestLog.cacheReadTokens),
      cacheWriteTokens: sql<number>`coalesce(sum(${requestLog.cacheWrite5mTokens} + ${requestLog.cacheWrite1hTokens}), 0)::bigint`.mapWith(Number),
      costUsd: sql<number>`coalesce(sum(${requestLog.costUsd}), 0)`.mapWith(Number),
      firstSeen: min(requestLog.createdAt),
      lastSeen: max(requestLog.createdAt),
    })
    .from(requestLog)
    .where(inArray(requestLog.sessionId, active))
    .groupBy(requestLog.sessionId)
    .orderBy(desc(max(requestLog.createdAt)), requestLog.sessionId)
    .limit(filters.limit);
  if (totals.length === 0) return [];
  const ids = totals.map((t) => t.sessionId);
  const [latest, latestProvider] = await Promise.all([
    db
      .selectDistinctOn([requestLog.sessionId], {
        sessionId: requestLog.sessionId,
        userId: requestLog.userId,
        userName: users.name,
        keyId: requestLog.keyId,
        keyName: keys.name,
        model: requestLog.modelRequested,
      })
      .from(requestLog)
      .leftJoin(users, eq(users.id, requestLog.userId))
      .leftJoin(keys, eq(keys.id, requestLog.keyId))
      .where(inArray(requestLog.sessionId, ids))
      .orderBy(requestLog.sessionId, desc(requestLog.createdAt), desc(requestLog.id)),
    // The provider the session last reached: a refused latest request names none.
    db
      .selectDistinctOn([requestLog.sessionId], { sessionId: requestLog.sessionId, providerId: requestLog.providerId, providerName: providers.name })
      .from(requestLog)
      .leftJoin(providers, eq(providers.id, requestLog.providerId))
      .where(and(inArray(requestLog.sessionId, ids), isNotNull(requestLog.providerId)))
      .orderBy(requestLog.sessionId, desc(requestLog.createdAt), desc(requestLog.id)),
  ]);
  const latestBySession = new Map(latest.map((row) => [row.sessionId, row]));
  const providerBySession = new Map(latestProvider.map((row) => [row.sessionId, row]));
  return totals.map((t) => {
    const who = latestBySession.get(t.sessionId);
    const provider = providerBySession.get(t.sessionId);
    return {
      ...t,
      firstSeen: t.firstSeen ?? new Date(0),
      lastSeen: t.lastSeen ?? new Date(0),
      user: ref(who?.userId ?? null, who?.userName ?? null),
      key: ref(who?.keyId ?? null, who?.keyName ?? null),
      provider: ref(provider?.providerId ?? null, provider?.providerName ?? null),
      model: who?.model ?? null,
    };
  });
}
