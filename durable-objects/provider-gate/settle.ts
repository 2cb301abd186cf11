// The end of one attempt at a provider: its outcome feeds the breaker and the recent-health memory,
// its cost the provider's spend windows, and its session stays counted or leaves.
import { dropSession, touchSession } from '../limiter/session-set.ts';
import { recordSpend, toNanoUsd } from '../limiter/spend-ledger.ts';
import { recordOutcome, type BreakerEvent, type Outcome } from './circuit-breaker.ts';
import type { ProviderGatePolicy } from './gate-policy.ts';
import { gateCalendar, gateSessionTtlMs, pruneGate, type ProviderGateState } from './gate-state.ts';
import { pushRecent } from './recent-outcomes.ts';

export interface GateSettlement {
  /** success; failure = counts toward the breaker (§4.5); neutral = client error, abort, uncounted network error. */
  outcome: Outcome;
  costUsd: number;
  sessionId: string;
  /** From the acquire result while HALF-OPEN. */
  trialId?: string | null;
  latencyMs?: number | null;
}

export function settle(
  state: ProviderGateState,
  settlement: GateSettlement,
  policy: ProviderGatePolicy,
  now: number,
): { state: ProviderGateState; events: BreakerEvent[] } {
  const current = pruneGate(state, policy, now);
  const step = recordOutcome(current.breaker, settlement, policy, now);
  const ok = settlement.outcome === 'success';
  const recent =
    settlement.outcome === 'neutral'
      ? current.recent
      : pushRecent(current.recent, { at: now, ok, latencyMs: settlement.latencyMs ?? null });
  // A failed attempt is failed over to another provider, which then carries the session; keeping it
  // here would hold one of this provider's places for a whole TTL for nothing.
  const sessions =
    settlement.outcome === 'failure'
      ? dropSession(current.sessions, settlement.sessionId)
      : touchSession(current.sessions, settlement.sessionId, gateSessionTtlMs(policy), now);
  const next: ProviderGateState = {
    ...current,
    breaker: step.breaker,
    sessions,
    spend: recordSpend(current.spend, toNanoUsd(settlement.costUsd), gateCalendar(policy), now),
    recent,
  };
  return { state: next, events: step.events };
}
