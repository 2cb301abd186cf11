// Test fixture: a gate policy that opens after 3 failures for a minute, with no provider limits.
import type { ProviderGatePolicy } from './gate-policy.ts';

export function testGatePolicy(overrides: Partial<ProviderGatePolicy> = {}): ProviderGatePolicy {
  return {
    failureThreshold: 3,
    openDurationMs: 60_000,
    halfOpenSuccessThreshold: 2,
    halfOpenMaxConcurrent: 1,
    trialTimeoutMs: 10_000,
    limitConcurrentSessions: null,
    limit5hUsd: null,
    dailyLimitUsd: null,
    limitWeeklyUsd: null,
    limitMonthlyUsd: null,
    timeZone: 'UTC',
    sessionTtlSeconds: 300,
    ...overrides,
  };
}
