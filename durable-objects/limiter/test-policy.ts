// Test fixture: a limit policy with every limit off, UTC, 5-minute sessions, overridable per test.
import type { LimitPolicy } from './limit-policy.ts';

export function testPolicy(overrides: Partial<LimitPolicy> = {}): LimitPolicy {
  return {
    enabled: true,
    expiresAt: null,
    rpmLimit: null,
    limit5hUsd: null,
    dailyLimitUsd: null,
    dailyResetMode: 'fixed',
    dailyResetTime: '00:00',
    limitWeeklyUsd: null,
    limitMonthlyUsd: null,
    limitTotalUsd: null,
    limitConcurrentSessions: null,
    timeZone: 'UTC',
    sessionTtlSeconds: 300,
    ...overrides,
  };
}
