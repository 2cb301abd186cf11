// Admission of one attempt to a provider (§4.3): the breaker, the provider's spend windows and its
// concurrent sessions, checked together and reserved in one step. A refusal makes the provider
// ineligible for this request; `detail` is what the log row says about why.
import { describeLimit, formatResetInstant } from '../limiter/format-limit-message.ts';
import { limitValue, type LimitName } from '../limiter/limit-policy.ts';
import { activeSessions, firstExpiry, hasActiveSession, touchSession } from '../limiter/session-set.ts';
import { fromNanoUsd, measureSpend, releaseAt, toNanoUsd, type SpendWindow } from '../limiter/spend-ledger.ts';
import { advanceBreaker, breakerVerdict, startTrial, type BreakerEvent } from './circuit-breaker.ts';
import type { ProviderGatePolicy } from './gate-policy.ts';
import { gateCalendar, gateSessionTtlMs, pruneGate, type ProviderGateState } from './gate-state.ts';

export type GateRefusal = {
  ok: false;
  reason: 'circuit_open' | 'half_open_busy' | 'concurrency' | 'spend_limit';
  /** Null when nothing but an admin change will help. */
  retryAfterMs: number | null;
  detail: string;
};

export type AcquireResult = { ok: true; trialId: string | null } | GateRefusal;

export interface GateStep<R> {
  state: ProviderGateState;
  result: R;
  events: BreakerEvent[];
}

const SPEND_LIMITS: ReadonlyArray<[SpendWindow & LimitName, keyof ProviderGatePolicy]> = [
  ['spend5h', 'limit5hUsd'],
  ['daily', 'dailyLimitUsd'],
  ['weekly', 'limitWeeklyUsd'],
  ['monthly', 'limitMonthlyUsd'],
];

function spendRefusal(state: ProviderGateState, policy: ProviderGatePolicy, now: number): GateRefusal | null {
  for (const [window, field] of SPEND_LIMITS) {
    const value = policy[field];
    const max = typeof value === 'number' ? limitValue(value) : null;
    if (max === null) continue;
    const maxNanos = toNanoUsd(max);
    const { nanos } = measureSpend(state.spend, window, gateCalendar(policy), now);
    if (nanos < maxNanos) continue;
    const excessNanos = nanos - maxNanos + 1;
    const resetAt = releaseAt(state.spend, { window, calendar: gateCalendar(policy), excessNanos }, now);
    const described = describeLimit({ limit: window, current: fromNanoUsd(nanos), max });
    return {
      ok: false,
      reason: 'spend_limit',
      retryAfterMs: resetAt === null ? null : resetAt - now,
      detail: resetAt === null ? described : `${described}, resets ${formatResetInstant(resetAt)}`,
    };
  }
  return null;
}

function concurrencyRefusal(
  state: ProviderGateState,
  sessionId: string,
  policy: ProviderGatePolicy,
  now: number,
): GateRefusal | null {
  const max = limitValue(policy.limitConcurrentSessions);
  const ttlMs = gateSessionTtlMs(policy);
  if (max === null || hasActiveSession(state.sessions, sessionId, ttlMs, now)) return null;
  const active = activeSessions(state.sessions, ttlMs, now).length;
  if (active < max) return null;
  const freeAt = firstExpiry(state.sessions, ttlMs, now);
  return {
    ok: false,
    reason: 'concurrency',
    retryAfterMs: freeAt === null ? null : freeAt - now,
    detail: describeLimit({ limit: 'concurrentSessions', current: active, max }),
  };
}

export function acquire(
  state: ProviderGateState,
  request: { sessionId: string },
  policy: ProviderGatePolicy,
  now: number,
): GateStep<AcquireResult> {
  const advanced = advanceBreaker(state.breaker, policy, now);
  const current = { ...pruneGate(state, policy, now), breaker: advanced.breaker };
  const events = advanced.events;
  const verdict = breakerVerdict(current.breaker, policy, now);
  if (!verdict.ok) {
    const detail =
      verdict.reason === 'circuit_open'
        ? `circuit open until ${formatResetInstant(now + verdict.retryAfterMs)}`
        : 'circuit half-open, trial requests busy';
    return { state: current, events, result: { ...verdict, detail } };
  }
  const refused = spendRefusal(current, policy, now) ?? concurrencyRefusal(current, request.sessionId, policy, now);
  if (refused) return { state: current, events, result: refused };

  const trial = verdict.trial ? startTrial(current.breaker, policy, now) : null;
  const next: ProviderGateState = {
    ...current,
    breaker: trial ? trial.breaker : current.breaker,
    sessions: touchSession(current.sessions, request.sessionId, gateSessionTtlMs(policy), now),
  };
  return { state: next, events, result: { ok: true, trialId: trial ? trial.trialId : null } };
}
