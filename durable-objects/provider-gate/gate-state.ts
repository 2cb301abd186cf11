// The persisted state of one ProviderGate: a plain JSON value the Durable Object writes in a single
// storage put. Sessions and spend reuse the Limiter's window code so providers count the same way.
import { activeSessions, type SessionEntry } from '../limiter/session-set.ts';
import { emptyLedger, pruneLedger, type SpendCalendar, type SpendLedger } from '../limiter/spend-ledger.ts';
import { closedBreaker, type BreakerState } from './circuit-breaker.ts';
import type { ProviderGatePolicy } from './gate-policy.ts';
import type { RecentOutcome } from './recent-outcomes.ts';

export interface ProviderGateState {
  version: 1;
  breaker: BreakerState;
  sessions: SessionEntry[];
  spend: SpendLedger;
  recent: RecentOutcome[];
}

export function createGateState(): ProviderGateState {
  return { version: 1, breaker: closedBreaker(), sessions: [], spend: emptyLedger(), recent: [] };
}

export const gateSessionTtlMs = (policy: ProviderGatePolicy): number => Math.max(1, policy.sessionTtlSeconds) * 1000;

/** Providers have no reset-time setting (§4.2): their day runs from 00:00 in the time zone setting, else TZ. */
export const gateCalendar = (policy: ProviderGatePolicy): SpendCalendar => ({
  timeZone: policy.timeZone,
  dailyResetMode: 'fixed',
  dailyResetTime: '00:00',
});

/** Drops sessions past their TTL and spend no window counts any more. */
export function pruneGate(state: ProviderGateState, policy: ProviderGatePolicy, now: number): ProviderGateState {
  return {
    ...state,
    sessions: activeSessions(state.sessions, gateSessionTtlMs(policy), now),
    spend: pruneLedger(state.spend, gateCalendar(policy), now),
  };
}
