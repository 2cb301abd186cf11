// Records what a request actually cost once its response has ended, releases its reservation, and
// keeps its session active from the end of the response.
import { calendarOf, sessionTtlMs, type LimitPolicy } from './limit-policy.ts';
import { pruneExpired, type LimiterState } from './limiter-state.ts';
import { touchSession } from './session-set.ts';
import { recordSpend, toNanoUsd } from './spend-ledger.ts';

export interface SettleEvent {
  costUsd: number;
  sessionId: string;
  /** From the admit result; null or absent when no cost was estimated. */
  reservationId?: string | null;
}

export function settle(state: LimiterState, event: SettleEvent, policy: LimitPolicy, now: number): LimiterState {
  const current = pruneExpired(state, policy, now);
  return {
    ...current,
    spend: recordSpend(current.spend, toNanoUsd(event.costUsd), calendarOf(policy), now),
    sessions: touchSession(current.sessions, event.sessionId, sessionTtlMs(policy), now),
    reservations: current.reservations.filter((r) => r.id !== event.reservationId),
  };
}
