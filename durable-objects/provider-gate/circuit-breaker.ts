// The §4.6 circuit breaker of one provider as pure transitions: CLOSED → OPEN after consecutive
// failures, OPEN → HALF-OPEN when the open time is over (or a smart probe succeeds), HALF-OPEN → CLOSED
// after enough successful trials or back to OPEN on a failed one. Each step lists what changed, so the
// Durable Object knows when to log `Circuit breaker is OPEN for provider <name>` and notify.
import type { BreakerPolicy } from './gate-policy.ts';

export type BreakerStatus = 'closed' | 'open' | 'half_open';

/** A request let through while HALF-OPEN; its outcome decides the breaker. */
export interface Trial {
  id: string;
  expiresAt: number;
}

export interface BreakerState {
  status: BreakerStatus;
  consecutiveFailures: number;
  openedAt: number | null;
  /** When OPEN turns HALF-OPEN; null unless OPEN. */
  halfOpenAt: number | null;
  halfOpenSuccesses: number;
  trials: Trial[];
  nextTrial: number;
}

export type BreakerEvent =
  | { type: 'opened'; at: number; consecutiveFailures: number; halfOpenAt: number }
  | { type: 'half_opened'; at: number; cause: 'timer' | 'probe' }
  | { type: 'closed'; at: number; cause: 'recovered' | 'manual_reset' | 'disabled' };

export interface BreakerStep {
  breaker: BreakerState;
  events: BreakerEvent[];
}

export type Outcome = 'success' | 'failure' | 'neutral';

export type BreakerVerdict =
  | { ok: true; trial: boolean }
  | { ok: false; reason: 'circuit_open' | 'half_open_busy'; retryAfterMs: number };

export function closedBreaker(consecutiveFailures = 0): BreakerState {
  return {
    status: 'closed',
    consecutiveFailures,
    openedAt: null,
    halfOpenAt: null,
    halfOpenSuccesses: 0,
    trials: [],
    nextTrial: 1,
  };
}

function open(breaker: BreakerState, consecutiveFailures: number, policy: BreakerPolicy, now: number): BreakerStep {
  const halfOpenAt = now + policy.openDurationMs;
  const next: BreakerState = {
    ...breaker,
    status: 'open',
    consecutiveFailures,
    openedAt: now,
    halfOpenAt,
    halfOpenSuccesses: 0,
    trials: [],
  };
  return { breaker: next, events: [{ type: 'opened', at: now, consecutiveFailures, halfOpenAt }] };
}

function halfOpen(breaker: BreakerState, cause: 'timer' | 'probe', now: number): BreakerStep {
  const next: BreakerState = { ...breaker, status: 'half_open', halfOpenAt: null, halfOpenSuccesses: 0, trials: [] };
  return { breaker: next, events: [{ type: 'half_opened', at: now, cause }] };
}

const liveTrials = (breaker: BreakerState, now: number): Trial[] => breaker.trials.filter((t) => t.expiresAt > now);

/** Applies the timer (OPEN → HALF-OPEN) and a policy that switched the breaker off. */
export function advanceBreaker(breaker: BreakerState, policy: BreakerPolicy, now: number): BreakerStep {
  if (policy.failureThreshold <= 0 && breaker.status !== 'closed') {
    return {
      breaker: closedBreaker(breaker.consecutiveFailures),
      events: [{ type: 'closed', at: now, cause: 'disabled' }],
    };
  }
  if (breaker.status === 'open' && breaker.halfOpenAt !== null && breaker.halfOpenAt <= now) {
    return halfOpen(breaker, 'timer', now);
  }
  return { breaker, events: [] };
}

/** Whether the breaker lets a request through now; call on an advanced breaker. Changes nothing. */
export function breakerVerdict(breaker: BreakerState, policy: BreakerPolicy, now: number): BreakerVerdict {
  if (policy.failureThreshold <= 0 || breaker.status === 'closed') return { ok: true, trial: false };
  if (breaker.status === 'open') {
    return { ok: false, reason: 'circuit_open', retryAfterMs: Math.max(0, (breaker.halfOpenAt ?? now) - now) };
  }
  const live = liveTrials(breaker, now);
  if (live.length < Math.max(1, policy.halfOpenMaxConcurrent)) return { ok: true, trial: true };
  return { ok: false, reason: 'half_open_busy', retryAfterMs: Math.min(...live.map((t) => t.expiresAt)) - now };
}

/** Takes a HALF-OPEN trial place; the id goes back to `recordOutcome` with the trial's result. */
export function startTrial(
  breaker: BreakerState,
  policy: BreakerPolicy,
  now: number,
): { breaker: BreakerState; trialId: string } {
  const trialId = `t${breaker.nextTrial}`;
  const trials = [...liveTrials(breaker, now), { id: trialId, expiresAt: now + policy.trialTimeoutMs }];
  return { breaker: { ...breaker, trials, nextTrial: breaker.nextTrial + 1 }, trialId };
}

function recordTrialOutcome(
  breaker: BreakerState,
  outcome: Outcome,
  policy: BreakerPolicy,
  now: number,
): BreakerStep {
  if (outcome === 'failure') return open(breaker, breaker.consecutiveFailures + 1, policy, now);
  if (outcome === 'neutral') return { breaker, events: [] };
  const successes = breaker.halfOpenSuccesses + 1;
  if (successes >= Math.max(1, policy.halfOpenSuccessThreshold)) {
    return {
      breaker: { ...closedBreaker(), nextTrial: breaker.nextTrial },
      events: [{ type: 'closed', at: now, cause: 'recovered' }],
    };
  }
  return { breaker: { ...breaker, halfOpenSuccesses: successes }, events: [] };
}

/**
 * Applies a request's outcome. Neutral outcomes (client errors, aborts) only free a trial place. While
 * OPEN or HALF-OPEN, only trials count: other answers come from requests sent before the breaker
 * opened and say nothing about the provider now.
 */
export function recordOutcome(
  breaker: BreakerState,
  result: { outcome: Outcome; trialId?: string | null },
  policy: BreakerPolicy,
  now: number,
): BreakerStep {
  if (breaker.status === 'closed') {
    if (result.outcome === 'success') return { breaker: { ...breaker, consecutiveFailures: 0 }, events: [] };
    if (result.outcome === 'neutral') return { breaker, events: [] };
    const failures = breaker.consecutiveFailures + 1;
    if (policy.failureThreshold > 0 && failures >= policy.failureThreshold) return open(breaker, failures, policy, now);
    return { breaker: { ...breaker, consecutiveFailures: failures }, events: [] };
  }
  const isLiveTrial = liveTrials(breaker, now).some((t) => t.id === result.trialId);
  if (breaker.status === 'open' || !isLiveTrial) return { breaker, events: [] };
  const released = { ...breaker, trials: breaker.trials.filter((t) => t.id !== result.trialId) };
  return recordTrialOutcome(released, result.outcome, policy, now);
}

/** A smart probe (§4.6): success moves OPEN to HALF-OPEN; a failed probe never counts. */
export function recordProbe(breaker: BreakerState, probe: { ok: boolean }, now: number): BreakerStep {
  if (!probe.ok || breaker.status !== 'open') return { breaker, events: [] };
  return halfOpen(breaker, 'probe', now);
}

/** The admin reset button: closed, no failures, whatever the state was. */
export function resetBreaker(breaker: BreakerState, now: number): BreakerStep {
  return {
    breaker: { ...closedBreaker(), nextTrial: breaker.nextTrial },
    events: [{ type: 'closed', at: now, cause: 'manual_reset' }],
  };
}

/** When the breaker changes by itself, for the Durable Object's alarm; null when it never does. */
export function nextBreakerTransitionAt(breaker: BreakerState): number | null {
  return breaker.status === 'open' ? breaker.halfOpenAt : null;
}
