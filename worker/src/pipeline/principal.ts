// Who is calling: the client key and its user, as the proxy needs them (a cacheable JSON shape).
import type { Db } from '../db/client.ts';
import { findKeyWithUser } from '../db/queries/keys.ts';

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

type LimitRow = Limits & { id: number; name: string; enabled: boolean; expiresAt: Date | null };

function part(row: LimitRow): PrincipalPart {
  return {
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    expiresAt: row.expiresAt?.getTime() ?? null,
    rpmLimit: row.rpmLimit,
    limit5hUsd: row.limit5hUsd,
    dailyLimitUsd: row.dailyLimitUsd,
    dailyResetMode: row.dailyResetMode,
    dailyResetTime: row.dailyResetTime,
    limitWeeklyUsd: row.limitWeeklyUsd,
    limitMonthlyUsd: row.limitMonthlyUsd,
    limitTotalUsd: row.limitTotalUsd,
    limitConcurrentSessions: row.limitConcurrentSessions,
  };
}

/** The live key with this hash and its live user, in the cacheable shape; null for no such key. */
export async function findPrincipal(db: Db, keyHash: string): Promise<Principal | null> {
  const found = await findKeyWithUser(db, keyHash);
  if (found === undefined) return null;
  return { key: part(found.key), user: { ...part(found.user), providerGroup: found.user.providerGroup } };
}
