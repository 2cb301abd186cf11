// Admission of one request against a Limiter: checks every limit and, when all pass, takes the RPM
// place, marks the session active and holds the estimated cost, all in one step so that concurrent
// requests serialised by the Durable Object can never overshoot a limit.
import { sessionTtlMs, type AdmitRejection, type LimitPolicy } from './limit-policy.ts';
import { RESERVATION_TTL_MS, pruneExpired, type LimiterState } from './limiter-state.ts';
import { findRejections, type AdmitRequest } from './measure-limits.ts';
import { pickStrictestRejection } from './pick-strictest.ts';
import { touchSession } from './session-set.ts';
import { toNanoUsd } from './spend-ledger.ts';

export type { AdmitRequest } from './measure-limits.ts';

export type AdmitResult = { ok: true; reservationId: string | null } | AdmitRejection;

function insertSorted(times: readonly number[], at: number): number[] {
  const index = times.findIndex((t) => t > at);
  return index === -1 ? [...times, at] : [...times.slice(0, index), at, ...times.slice(index)];
}

function refusal(state: LimiterState, policy: LimitPolicy, request: AdmitRequest, now: number): AdmitRejection | null {
  if (!policy.enabled) return { ok: false, reason: 'disabled' };
  if (policy.expiresAt !== null && policy.expiresAt <= now) {
    return { ok: false, reason: 'expired', expiredAt: policy.expiresAt };
  }
  // The longest wait is the honest Retry-After: an earlier retry would meet the same refusal.
  return pickStrictestRejection(findRejections(state, policy, request, now));
}

export function admit(
  state: LimiterState,
  request: AdmitRequest,
  policy: LimitPolicy,
  now: number,
): { state: LimiterState; result: AdmitResult } {
  const current = pruneExpired(state, policy, now);
  const refused = refusal(current, policy, request, now);
  if (refused) return { state: current, result: refused };

  const estimate = toNanoUsd(request.estimatedCostUsd);
  const reservationId = estimate > 0 ? `r${current.nextReservation}` : null;
  const next: LimiterState = {
    ...current,
    requests: insertSorted(current.requests, now),
    sessions: touchSession(current.sessions, request.sessionId, sessionTtlMs(policy), now),
    reservations: reservationId
      ? [...current.reservations, { id: reservationId, nanos: estimate, expiresAt: now + RESERVATION_TTL_MS }]
      : current.reservations,
    nextReservation: reservationId ? current.nextReservation + 1 : current.nextReservation,
  };
  return { state: next, result: { ok: true, reservationId } };
}
