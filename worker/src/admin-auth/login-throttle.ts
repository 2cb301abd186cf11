// Failed admin logins per client IP (SPEC §7.1): after `maxFailures` within `windowMs`, the IP is
// refused for `blockMs`. Pure: the state lives in the shared cache, time is passed in.

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  blockMs: number;
}

export const loginThrottlePolicy: ThrottlePolicy = { maxFailures: 10, windowMs: 5 * 60_000, blockMs: 10 * 60_000 };

export interface ThrottleState {
  failures: number;
  windowStartedAt: number;
  blockedUntil: number;
}

export function recordLoginFailure(
  state: ThrottleState | undefined,
  now: number,
  policy: ThrottlePolicy = loginThrottlePolicy,
): ThrottleState {
  const fresh = state === undefined || now - state.windowStartedAt >= policy.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  const blockedUntil = failures >= policy.maxFailures ? now + policy.blockMs : (state?.blockedUntil ?? 0);
  return { failures, windowStartedAt, blockedUntil };
}

/** Milliseconds until the IP may try again; 0 when it is not blocked. */
export function loginBlockedForMs(state: ThrottleState | undefined, now: number): number {
  return state === undefined ? 0 : Math.max(0, state.blockedUntil - now);
}

/** How long the cache must keep the state for it to still matter. */
export function throttleStateTtlMs(state: ThrottleState, now: number, policy: ThrottlePolicy = loginThrottlePolicy): number {
  return Math.max(state.blockedUntil - now, state.windowStartedAt + policy.windowMs - now, 1_000);
}
