// What the admin health view shows for one provider (§4.6, §7.2 GET /providers/health), read as of
// `now` without changing the stored state.
import { activeSessions } from '../limiter/session-set.ts';
import { fromNanoUsd, measureSpend } from '../limiter/spend-ledger.ts';
import { limitValue } from '../limiter/limit-policy.ts';
import { advanceBreaker, type BreakerStatus } from './circuit-breaker.ts';
import type { ProviderGatePolicy } from './gate-policy.ts';
import { gateCalendar, gateSessionTtlMs, type ProviderGateState } from './gate-state.ts';
import { summarizeRecent, type RecentSummary } from './recent-outcomes.ts';

export interface SpendHealth {
  window: 'spend5h' | 'daily' | 'weekly' | 'monthly';
  currentUsd: number;
  maxUsd: number | null;
  resetAt: number | null;
}

export interface ProviderHealth {
  status: BreakerStatus;
  consecutiveFailures: number;
  failureThreshold: number;
  openedAt: number | null;
  /** When OPEN turns HALF-OPEN; null unless OPEN. */
  reopenAt: number | null;
  halfOpenSuccesses: number;
  activeTrials: number;
  activeSessions: number;
  maxSessions: number | null;
  recent: RecentSummary;
  spend: SpendHealth[];
}

export function health(state: ProviderGateState, policy: ProviderGatePolicy, now: number): ProviderHealth {
  const { breaker } = advanceBreaker(state.breaker, policy, now);
  const windows: Array<[SpendHealth['window'], number | null]> = [
    ['spend5h', policy.limit5hUsd],
    ['daily', policy.dailyLimitUsd],
    ['weekly', policy.limitWeeklyUsd],
    ['monthly', policy.limitMonthlyUsd],
  ];
  return {
    status: breaker.status,
    consecutiveFailures: breaker.consecutiveFailures,
    failureThreshold: policy.failureThreshold,
    openedAt: breaker.status === 'closed' ? null : breaker.openedAt,
    reopenAt: breaker.halfOpenAt,
    halfOpenSuccesses: breaker.halfOpenSuccesses,
    activeTrials: breaker.trials.filter((t) => t.expiresAt > now).length,
    activeSessions: activeSessions(state.sessions, gateSessionTtlMs(policy), now).length,
    maxSessions: limitValue(policy.limitConcurrentSessions),
    recent: summarizeRecent(state.recent, now),
    spend: windows.map(([window, max]) => {
      const measured = measureSpend(state.spend, window, gateCalendar(policy), now);
      return { window, currentUsd: fromNanoUsd(measured.nanos), maxUsd: limitValue(max), resetAt: measured.resetAt };
    }),
  };
}
