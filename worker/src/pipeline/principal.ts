// Who is calling: the client key and its user, as the proxy needs them (a cacheable JSON shape).
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { keys } from '../db/schema/keys.ts';
import { users } from '../db/schema/users.ts';

export interface Limits {
  rpmLimit: number | null;
  limit5hUsd: number | null;
  dailyLimitUsd: number | null;
  dailyResetMode: 'fixed' | 'rolling';
  dailyResetTime: string;
  limitWeeklyUsd: number | null;
  limitMonthlyUsd: number | null;
  limitTotalUsd: number | null;
  limitConcurrentSessions: number | null;
}

export interface PrincipalPart extends Limits {
  id: number;
  name: string;
  enabled: boolean;
  /** Epoch ms, or null for never. */
  expiresAt: number | null;
}

export interface Principal {
  key: PrincipalPart;
  user: PrincipalPart & { providerGroup: string | null };
}

const limitFields = (t: typeof keys | typeof users) => ({
  rpmLimit: t.rpmLimit,
  limit5hUsd: t.limit5hUsd,
  dailyLimitUsd: t.dailyLimitUsd,
  dailyResetMode: t.dailyResetMode,
  dailyResetTime: t.dailyResetTime,
  limitWeeklyUsd: t.limitWeeklyUsd,
  limitMonthlyUsd: t.limitMonthlyUsd,
  limitTotalUsd: t.limitTotalUsd,
  limitConcurrentSessions: t.limitConcurrentSessions,
});

export async function findPrincipal(db: Db, keyHash: string): Promise<Principal | null> {
  const rows = await db
    .select({
      key: { id: keys.id, name: keys.name, enabled: keys.enabled, expiresAt: keys.expiresAt, ...limitFields(keys) },
      user: {
        id: users.id,
        name: users.name,
        enabled: users.enabled,
        expiresAt: users.expiresAt,
        providerGroup: users.providerGroup,
        ...limitFields(users),
      },
    })
    .from(keys)
    .innerJoin(users, eq(keys.userId, users.id))
    .where(and(eq(keys.keyHash, keyHash), isNull(keys.deletedAt), isNull(users.deletedAt)))
    .limit(1);
  const row = rows[0];
  if (row === undefined) return null;
  return {
    key: { ...row.key, expiresAt: row.key.expiresAt?.getTime() ?? null },
    user: { ...row.user, expiresAt: row.user.expiresAt?.getTime() ?? null },
  };
}
