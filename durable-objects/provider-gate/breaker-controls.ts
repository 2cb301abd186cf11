// The breaker transitions that do not come from a proxied request: the alarm that ends OPEN, smart
// probes, and the admin reset button.
import {
  advanceBreaker,
  nextBreakerTransitionAt,
  recordProbe,
  resetBreaker,
  type BreakerEvent,
} from './circuit-breaker.ts';
import type { BreakerPolicy } from './gate-policy.ts';
import type { ProviderGateState } from './gate-state.ts';

export interface GateTransition {
  state: ProviderGateState;
  events: BreakerEvent[];
}

/** When the Durable Object should set its alarm; null = no alarm needed. */
export function nextTransitionAt(state: ProviderGateState): number | null {
  return nextBreakerTransitionAt(state.breaker);
}

/** The alarm handler: moves an OPEN breaker whose time is over to HALF-OPEN. */
export function onAlarm(state: ProviderGateState, policy: BreakerPolicy, now: number): GateTransition {
  const step = advanceBreaker(state.breaker, policy, now);
  return { state: { ...state, breaker: step.breaker }, events: step.events };
}

export function applyProbe(state: ProviderGateState, probe: { ok: boolean }, now: number): GateTransition {
  const step = recordProbe(state.breaker, probe, now);
  return { state: { ...state, breaker: step.breaker }, events: step.events };
}

/** POST /providers/:id/circuit/reset. */
export function resetCircuit(state: ProviderGateState, now: number): GateTransition {
  const step = resetBreaker(state.breaker, now);
  return { state: { ...state, breaker: step.breaker }, events: step.events };
}
