// The limits of one user or one key (§5, §7.2) and the shapes the limiter reports them in.
import type { SpendCalendar } from './spend-ledger.ts';

export type LimitName = 'rpm' | 'spend5h' | 'daily' | 'weekly' | 'monthly' | 'total' | 'concurrentSessions';

export const LIMIT_NAMES: readonly LimitName[] = [
  'rpm',
  'spend5h',
  'daily',
  'weekly',
  'monthly',
  'total',
  'concurrentSessions',
];

/** 0 or null means no limit for every numeric field. */
export interface LimitPolicy {
  enabled: boolean;
  /** Epoch ms after which the principal is refused; null = never. */
  expiresAt: number | null;
  rpmLimit: number | null;
  limit5hUsd: number | null;
  dailyLimitUsd: number | null;
  dailyResetMode: 'fixed' | 'rolling';
  /** "HH:mm" local time of the fixed daily reset; null = 00:00. */
  dailyResetTime: string | null;
  limitWeeklyUsd: number | null;
  limitMonthlyUsd: number | null;
  limitTotalUsd: number | null;
  limitConcurrentSessions: number | null;
  /** IANA zone of the calendar windows: the time zone setting, else TZ. */
  timeZone: string;
  sessionTtlSeconds: number;
}

export type LimitUnit = 'requests' | 'usd' | 'sessions';

export const UNIT_OF: Record<LimitName, LimitUnit> = {
  rpm: 'requests',
  spend5h: 'usd',
  daily: 'usd',
  weekly: 'usd',
  monthly: 'usd',
  total: 'usd',
  concurrentSessions: 'sessions',
};

export interface LimitUsage {
  limit: LimitName;
  unit: LimitUnit;
  /** Requests in the last minute, USD (settled plus reserved) or active sessions. */
  current: number;
  /** Null when the limit is off. */
  max: number | null;
  remaining: number | null;
  /** When the value next drops (window end, oldest entry leaving a rolling window); null = never. */
  resetAt: number | null;
}

export interface LimitRejection {
  ok: false;
  reason: 'limit';
  limit: LimitName;
  current: number;
  max: number;
  /** Earliest instant the same request could be admitted; null when only an admin reset helps. */
  resetAt: number | null;
  retryAfterMs: number | null;
}

export type AdmitRejection =
  | LimitRejection
  | { ok: false; reason: 'disabled' }
  | { ok: false; reason: 'expired'; expiredAt: number };

/** A configured maximum, or null when the field means "no limit". */
export function limitValue(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return null;
  return value;
}

export function sessionTtlMs(policy: Pick<LimitPolicy, 'sessionTtlSeconds'>): number {
  return Math.max(1, policy.sessionTtlSeconds) * 1000;
}

export const calendarOf = (policy: LimitPolicy): SpendCalendar => ({
  timeZone: policy.timeZone,
  dailyResetMode: policy.dailyResetMode,
  dailyResetTime: policy.dailyResetTime,
});
