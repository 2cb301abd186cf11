import { describe, expect, it } from 'vitest';
import { admit } from './admit.ts';
import type { LimitPolicy } from './limit-policy.ts';
import { createLimiterState, type LimiterState } from './limiter-state.ts';
import { settle } from './settle.ts';
import { findSpendCrossings } from './spend-crossings.ts';
import { testPolicy } from './test-policy.ts';

const at = (iso: string): number => Date.parse(iso);

/** Settles a cost and reports what crossed, as the Limiter object does. */
function spend(state: LimiterState, policy: LimitPolicy, costUsd: number, now: number, share = 0.8) {
  const next = settle(state, { costUsd, sessionId: 's' }, policy, now);
  return { state: next, crossings: findSpendCrossings(state, next, policy, share, now) };
}

describe('spend alert crossings', () => {
  it('reports the daily limit once when spend goes from below 80 % to above it', () => {
    const policy = testPolicy({ dailyLimitUsd: 10 });
    const first = spend(createLimiterState(), policy, 7.9, at('2026-11-22T08:00:00Z'));
    expect(first.crossings).toEqual([]);
    const second = spend(first.state, policy, 0.2, at('2026-11-22T09:00:00Z'));
    expect(second.crossings).toEqual([
      { limit: 'daily', currentUsd: 8.1, maxUsd: 10, share: 0.8, resetAt: at('2026-11-23T00:00:00Z') },
    ]);
    const third = spend(second.state, policy, 1, at('2026-11-22T10:00:00Z'));
    expect(third.crossings).toEqual([]);
  });

  it('counts reaching the share exactly as crossing it', () => {
    const policy = testPolicy({ limitTotalUsd: 1 });
    expect(spend(createLimiterState(), policy, 0.8, at('2026-11-22T08:00:00Z')).crossings).toMatchObject([{ limit: 'total', currentUsd: 0.8, resetAt: null }]);
  });

  it('reports again in the next daily window', () => {
    const policy = testPolicy({ dailyLimitUsd: 1 });
    const today = spend(createLimiterState(), policy, 0.9, at('2026-11-22T23:00:00Z'));
    expect(today.crossings).toHaveLength(1);
    const tomorrow = spend(today.state, policy, 0.85, at('2026-11-23T01:00:00Z'));
    expect(tomorrow.crossings).toMatchObject([{ limit: 'daily', currentUsd: 0.85 }]);
  });

  it('reports every limit one spend crosses, and none that is off', () => {
    const policy = testPolicy({ limit5hUsd: 1, dailyLimitUsd: 2, limitMonthlyUsd: 100 });
    const result = spend(createLimiterState(), policy, 1.7, at('2026-11-22T08:00:00Z'));
    expect(result.crossings.map((c) => c.limit)).toEqual(['spend5h', 'daily']);
  });

  it('ignores reserved estimates: only settled spend crosses', () => {
    const policy = testPolicy({ dailyLimitUsd: 1 });
    const now = at('2026-11-22T08:00:00Z');
    const admitted = admit(createLimiterState(), { sessionId: 's', estimatedCostUsd: 0.9 }, policy, now);
    const reservationId = admitted.result.ok ? admitted.result.reservationId : null;
    const next = settle(admitted.state, { costUsd: 0.85, sessionId: 's', reservationId }, policy, now);
    expect(findSpendCrossings(admitted.state, next, policy, 0.8, now)).toMatchObject([{ limit: 'daily', currentUsd: 0.85 }]);
  });

  it('reports nothing for a share of 0 (alerts off) or without USD limits', () => {
    expect(spend(createLimiterState(), testPolicy({ dailyLimitUsd: 1 }), 5, at('2026-11-22T08:00:00Z'), 0).crossings).toEqual([]);
    expect(spend(createLimiterState(), testPolicy({ rpmLimit: 5 }), 5, at('2026-11-22T08:00:00Z')).crossings).toEqual([]);
  });
});
