// The persisted state of one Limiter (one user or one key): a plain JSON value the Durable Object
// writes in a single storage put, and the pruning that keeps it small.
import { calendarOf, limitValue, sessionTtlMs, type LimitPolicy } from './limit-policy.ts';
import { activeSessions, type SessionEntry } from './session-set.ts';
import { emptyLedger, pruneLedger, type SpendLedger } from './spend-ledger.ts';

/** An estimated cost held between admit and settle so concurrent requests cannot overspend together. */
export interface Reservation {
  id: string;
  nanos: number;
  expiresAt: number;
}

export interface LimiterState {
  version: 1;
  /** Admission instants of the last minute, ascending. */
  requests: number[];
  sessions: SessionEntry[];
  spend: SpendLedger;
  reservations: Reservation[];
  nextReservation: number;
  /** When an admin last reset the spend windows; null = never. */
  spendResetAt: number | null;
}

export const RPM_WINDOW_MS = 60_000;
// A reservation whose settle never arrives (isolate evicted mid-stream) stops holding budget after this.
export const RESERVATION_TTL_MS = 30 * 60_000;
// Without an RPM limit the request list is only for display; this bounds it.
export const UNLIMITED_RPM_TRACKING = 1_000;

export function createLimiterState(): LimiterState {
  return {
    version: 1,
    requests: [],
    sessions: [],
    spend: emptyLedger(),
    reservations: [],
    nextReservation: 1,
    spendResetAt: null,
  };
}

export function requestsInWindow(requests: readonly number[], now: number): number[] {
  return requests.filter((at) => now - at < RPM_WINDOW_MS);
}

export function pendingNanos(state: LimiterState, now: number): number {
  return state.reservations.reduce((sum, r) => (r.expiresAt > now ? sum + r.nanos : sum), 0);
}

/** Drops everything no limit can count any more; call before persisting. */
export function pruneExpired(state: LimiterState, policy: LimitPolicy, now: number): LimiterState {
  const cap = limitValue(policy.rpmLimit) ?? UNLIMITED_RPM_TRACKING;
  return {
    ...state,
    requests: requestsInWindow(state.requests, now).slice(-cap),
    sessions: activeSessions(state.sessions, sessionTtlMs(policy), now),
    spend: pruneLedger(state.spend, calendarOf(policy), now),
    reservations: state.reservations.filter((r) => r.expiresAt > now),
  };
}
