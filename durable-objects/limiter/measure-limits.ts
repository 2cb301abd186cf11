// Reads each §5 limit off a Limiter state: its current value for /v1/usage, and whether it refuses a
// request. Admission and usage share this so that a displayed "remaining" always matches admission.
import {
  UNIT_OF,
  calendarOf,
  limitValue,
  sessionTtlMs,
  type LimitName,
  type LimitPolicy,
  type LimitRejection,
  type LimitUsage,
} from './limit-policy.ts';
import { RPM_WINDOW_MS, pendingNanos, requestsInWindow, type LimiterState } from './limiter-state.ts';
import { activeSessions, hasActiveSession } from './session-set.ts';
import {
  fromNanoUsd,
  measureSpend,
  releaseAt,
  toNanoUsd,
  type SpendWindow,
} from './spend-ledger.ts';

export interface AdmitRequest {
  sessionId: string;
  estimatedCostUsd?: number;
}

const SPEND_FIELD: Record<SpendWindow, keyof LimitPolicy> = {
  spend5h: 'limit5hUsd',
  daily: 'dailyLimitUsd',
  weekly: 'limitWeeklyUsd',
  monthly: 'limitMonthlyUsd',
  total: 'limitTotalUsd',
};

function maxOf(policy: LimitPolicy, limit: LimitName): number | null {
  if (limit === 'rpm') return limitValue(policy.rpmLimit);
  if (limit === 'concurrentSessions') return limitValue(policy.limitConcurrentSessions);
  const value = policy[SPEND_FIELD[limit]];
  return typeof value === 'number' ? limitValue(value) : null;
}

/** The instant the k-th oldest entry (0-based) leaves, freeing a place; entries are start instants. */
function kthExpiry(starts: number[], k: number, lifetimeMs: number): number | null {
  const sorted = [...starts].sort((a, b) => a - b);
  const start = sorted[Math.max(0, k)];
  return start === undefined ? null : start + lifetimeMs;
}

function countUsage(state: LimiterState, policy: LimitPolicy, limit: 'rpm' | 'concurrentSessions', now: number) {
  const lifetimeMs = limit === 'rpm' ? RPM_WINDOW_MS : sessionTtlMs(policy);
  const starts =
    limit === 'rpm'
      ? requestsInWindow(state.requests, now)
      : activeSessions(state.sessions, lifetimeMs, now).map((s) => s.lastSeen);
  return { starts, lifetimeMs };
}

function usageOf(limit: LimitName, current: number, max: number | null, resetAt: number | null): LimitUsage {
  const remaining = max === null ? null : Math.max(0, max - current);
  return { limit, unit: UNIT_OF[limit], current, max, remaining, resetAt };
}

export function measureLimit(state: LimiterState, policy: LimitPolicy, limit: LimitName, now: number): LimitUsage {
  const max = maxOf(policy, limit);
  if (limit === 'rpm' || limit === 'concurrentSessions') {
    const { starts, lifetimeMs } = countUsage(state, policy, limit, now);
    return usageOf(limit, starts.length, max, kthExpiry(starts, 0, lifetimeMs));
  }
  const measured = measureSpend(state.spend, limit, calendarOf(policy), now);
  const current = fromNanoUsd(measured.nanos + pendingNanos(state, now));
  return usageOf(limit, current, max, measured.resetAt);
}

interface Admission {
  state: LimiterState;
  policy: LimitPolicy;
  request: AdmitRequest;
  now: number;
}

type Refusal = Pick<LimitRejection, 'limit' | 'current' | 'max' | 'resetAt'>;

function rejection(refusal: Refusal, now: number): LimitRejection {
  const retryAfterMs = refusal.resetAt === null ? null : Math.max(0, refusal.resetAt - now);
  return { ok: false, reason: 'limit', ...refusal, retryAfterMs };
}

function checkCount(admission: Admission, limit: 'rpm' | 'concurrentSessions'): LimitRejection | null {
  const { state, policy, request, now } = admission;
  const max = maxOf(policy, limit);
  if (max === null) return null;
  const { starts, lifetimeMs } = countUsage(state, policy, limit, now);
  const counted =
    limit === 'concurrentSessions' && hasActiveSession(state.sessions, request.sessionId, lifetimeMs, now);
  if (counted || starts.length < max) return null;
  // A place opens once all but max - 1 entries have left.
  const resetAt = kthExpiry(starts, starts.length - max, lifetimeMs);
  return rejection({ limit, current: starts.length, max, resetAt }, now);
}

/** When enough held estimates lapse to free `excessNanos`, should their settles never arrive. */
function reservationsReleaseAt(state: LimiterState, now: number, excessNanos: number): number | null {
  const live = state.reservations.filter((r) => r.expiresAt > now).sort((a, b) => a.expiresAt - b.expiresAt);
  let released = 0;
  for (const reservation of live) {
    released += reservation.nanos;
    if (released >= excessNanos) return reservation.expiresAt;
  }
  return null;
}

const earliest = (...instants: Array<number | null>): number | null => {
  const known = instants.filter((t): t is number => t !== null);
  return known.length === 0 ? null : Math.min(...known);
};

function checkSpend({ state, policy, request, now }: Admission, window: SpendWindow): LimitRejection | null {
  const max = maxOf(policy, window);
  if (max === null) return null;
  const ledger = state.spend;
  const maxNanos = toNanoUsd(max);
  const current = measureSpend(ledger, window, calendarOf(policy), now).nanos + pendingNanos(state, now);
  const estimate = toNanoUsd(request.estimatedCostUsd);
  if (current < maxNanos && current + estimate <= maxNanos) return null;
  const excess = Math.max(current + estimate - maxNanos, current - maxNanos + 1);
  const resetAt = earliest(
    releaseAt(ledger, { window, calendar: calendarOf(policy), excessNanos: excess }, now),
    reservationsReleaseAt(state, now, excess),
  );
  return rejection({ limit: window, current: fromNanoUsd(current), max, resetAt }, now);
}

/** Every limit that refuses this request, in §5 order. */
export function findRejections(
  state: LimiterState,
  policy: LimitPolicy,
  request: AdmitRequest,
  now: number,
): LimitRejection[] {
  const admission: Admission = { state, policy, request, now };
  const found = [
    checkCount(admission, 'rpm'),
    ...(['spend5h', 'daily', 'weekly', 'monthly', 'total'] as const).map((window) => checkSpend(admission, window)),
    checkCount(admission, 'concurrentSessions'),
  ];
  return found.filter((r): r is LimitRejection => r !== null);
}
