// The per-provider settings the gate enforces (§4.2, §4.6): breaker thresholds, concurrent sessions
// and the spend windows that make a provider ineligible. 0 or null means no limit.

export interface BreakerPolicy {
  /** Consecutive failures that open the breaker; 0 disables it. */
  failureThreshold: number;
  openDurationMs: number;
  halfOpenSuccessThreshold: number;
  /** Trial requests let through at once while HALF-OPEN. */
  halfOpenMaxConcurrent: number;
  /** A trial whose settle never arrives (evicted isolate) frees its place after this. */
  trialTimeoutMs: number;
}

export interface ProviderGatePolicy extends BreakerPolicy {
  limitConcurrentSessions: number | null;
  limit5hUsd: number | null;
  dailyLimitUsd: number | null;
  limitWeeklyUsd: number | null;
  limitMonthlyUsd: number | null;
  /** IANA zone of the calendar windows (the time zone setting, else TZ); the provider's day starts at 00:00. */
  timeZone: string;
  sessionTtlSeconds: number;
}

/** §4.2 defaults; one trial at a time and a trial bounded by the default non-streaming timeout. */
export const DEFAULT_BREAKER_POLICY: BreakerPolicy = {
  failureThreshold: 5,
  openDurationMs: 1_800_000,
  halfOpenSuccessThreshold: 2,
  halfOpenMaxConcurrent: 1,
  trialTimeoutMs: 120_000,
};
