import { describe, expect, it } from 'vitest';
import { admit } from './admit.ts';
import { formatLimitMessage } from './format-limit-message.ts';
import type { LimitPolicy, LimitRejection, LimitUsage } from './limit-policy.ts';
import { createLimiterState, pruneExpired } from './limiter-state.ts';
import { pickStrictestRejection, pickStrictestUsage } from './pick-strictest.ts';
import { rateLimitHeaders } from './rate-limit-headers.ts';
import { settle } from './settle.ts';
import { usage } from './usage.ts';

const at = (iso: string): number => Date.parse(iso);

function policy(overrides: Partial<LimitPolicy> = {}): LimitPolicy {
  return {
    enabled: true,
    expiresAt: null,
    rpmLimit: 100,
    limit5hUsd: 0,
    dailyLimitUsd: 10,
    dailyResetMode: 'fixed',
    dailyResetTime: '00:00',
    limitWeeklyUsd: null,
    limitMonthlyUsd: 100,
    limitTotalUsd: null,
    limitConcurrentSessions: 3,
    timeZone: 'UTC',
    sessionTtlSeconds: 300,
    ...overrides,
  };
}

describe('usage', () => {
  it('reports every limit with its current value, maximum and reset time', () => {
    const p = policy();
    const now = at('2026-11-22T10:00:00Z');
    let state = admit(createLimiterState(), { sessionId: 'a' }, p, now).state;
    state = admit(state, { sessionId: 'b' }, p, now + 1_000).state;
    state = settle(state, { costUsd: 2.5, sessionId: 'a' }, p, now + 2_000);
    const byName = new Map(usage(state, p, now + 3_000).map((u) => [u.limit, u]));
    expect(byName.get('rpm')).toEqual({
      limit: 'rpm',
      unit: 'requests',
      current: 2,
      max: 100,
      remaining: 98,
      resetAt: now + 60_000,
    });
    expect(byName.get('daily')).toEqual({
      limit: 'daily',
      unit: 'usd',
      current: 2.5,
      max: 10,
      remaining: 7.5,
      resetAt: at('2026-11-23T00:00:00Z'),
    });
    expect(byName.get('spend5h')).toMatchObject({ current: 2.5, max: null, remaining: null });
    expect(byName.get('weekly')).toMatchObject({ current: 2.5, max: null, resetAt: at('2026-11-23T00:00:00Z') });
    expect(byName.get('monthly')).toMatchObject({ remaining: 97.5, resetAt: at('2026-12-01T00:00:00Z') });
    expect(byName.get('total')).toMatchObject({ current: 2.5, resetAt: null });
    expect(byName.get('concurrentSessions')).toMatchObject({ current: 2, max: 3, remaining: 1 });
  });
});

describe('pruneExpired', () => {
  const start = at('2026-11-20T00:00:00Z');
  const minutes = 2 * 24 * 60;

  function spendEveryMinute(p: LimitPolicy) {
    let state = createLimiterState();
    for (let minute = 0; minute < minutes; minute++) {
      state = settle(state, { costUsd: 0.01, sessionId: `s${minute}` }, p, start + minute * 60_000);
    }
    return pruneExpired(state, p, start + minutes * 60_000);
  }

  it('keeps five hours of minute buckets and the sessions within the TTL', () => {
    const p = policy({ rpmLimit: null });
    const pruned = spendEveryMinute(p);
    expect(pruned.spend.minutes.length).toBeLessThanOrEqual(5 * 60 + 1);
    const last = minutes - 1;
    expect(pruned.sessions.map((s) => s.id)).toEqual([last - 3, last - 2, last - 1, last].map((m) => `s${m}`));
    expect(JSON.stringify(pruned).length).toBeLessThan(10_000);
  });

  it('keeps a whole day of buckets when the daily limit is rolling', () => {
    const p = policy({ rpmLimit: null, dailyResetMode: 'rolling' });
    const pruned = spendEveryMinute(p);
    expect(pruned.spend.minutes.length).toBe(24 * 60);
    expect(usage(pruned, p, start + minutes * 60_000).find((u) => u.limit === 'daily')?.current).toBeCloseTo(14.4, 9);
    expect(JSON.stringify(pruned).length).toBeLessThan(40_000);
  });
});

const rejection = (overrides: Partial<LimitRejection>): LimitRejection => ({
  ok: false,
  reason: 'limit',
  limit: 'daily',
  current: 10,
  max: 10,
  resetAt: at('2026-11-23T00:00:00Z'),
  retryAfterMs: 1,
  ...overrides,
});

describe('formatLimitMessage', () => {
  it('names a spend limit with two decimals and the reset instant', () => {
    expect(formatLimitMessage(rejection({}))).toBe(
      'Rate limit exceeded: daily spend 10.00/10.00 USD, resets 2026-11-23T00:00:00Z',
    );
  });

  it('names the request rate, rounding the reset up to the second', () => {
    const resetAt = at('2026-11-22T10:00:59.200Z');
    const message = formatLimitMessage(rejection({ limit: 'rpm', current: 100, max: 100, resetAt }));
    expect(message).toBe('Rate limit exceeded: 100/100 requests per minute, resets 2026-11-22T10:01:00Z');
  });

  it('names sessions and a total that never resets by itself', () => {
    expect(formatLimitMessage(rejection({ limit: 'concurrentSessions', current: 3, max: 3 }))).toBe(
      'Rate limit exceeded: 3/3 concurrent sessions, resets 2026-11-23T00:00:00Z',
    );
    expect(formatLimitMessage(rejection({ limit: 'total', current: 50.456, max: 50, resetAt: null }))).toBe(
      'Rate limit exceeded: total spend 50.46/50.00 USD',
    );
  });
});

describe('pickStrictest', () => {
  it('prefers the refusal that lasts longest, and one without reset above all', () => {
    const soon = rejection({ limit: 'rpm', resetAt: 1_000 });
    const later = rejection({ limit: 'weekly', resetAt: 5_000 });
    const never = rejection({ limit: 'total', resetAt: null });
    expect(pickStrictestRejection([soon, later])).toBe(later);
    expect(pickStrictestRejection([never, soon])).toBe(never);
    expect(pickStrictestRejection([])).toBeNull();
  });

  it('prefers the limit with the smallest share left across user and key', () => {
    const u = (limit: LimitUsage['limit'], max: number | null, remaining: number | null, resetAt: number): LimitUsage => ({
      limit,
      unit: 'usd',
      current: 0,
      max,
      remaining,
      resetAt,
    });
    const userLevel = [u('rpm', 100, 90, 1), u('daily', 10, 5, 2)];
    const keyLevel = [u('rpm', 10, 2, 3), u('total', null, null, 4)];
    expect(pickStrictestUsage(userLevel, keyLevel)).toEqual(u('rpm', 10, 2, 3));
    expect(pickStrictestUsage([u('rpm', 10, 5, 1), u('daily', 20, 10, 9)])).toEqual(u('daily', 20, 10, 9));
    expect(pickStrictestUsage([u('total', null, null, 1)])).toBeNull();
  });
});

describe('rateLimitHeaders', () => {
  const now = at('2026-11-22T10:00:00Z');

  it('states limit, remaining and seconds to reset for a usage', () => {
    const usageEntry: LimitUsage = {
      limit: 'rpm',
      unit: 'requests',
      current: 40,
      max: 100,
      remaining: 60,
      resetAt: now + 1_500,
    };
    expect(rateLimitHeaders(usageEntry, now)).toEqual({
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '60',
      'x-ratelimit-reset': '2',
    });
  });

  it('adds a Retry-After of at least one second to a refusal, in USD for spend', () => {
    expect(rateLimitHeaders(rejection({ current: 10.5, resetAt: now + 200, retryAfterMs: 200 }), now)).toEqual({
      'x-ratelimit-limit': '10.00',
      'x-ratelimit-remaining': '0.00',
      'x-ratelimit-reset': '1',
      'retry-after': '1',
    });
    expect(rateLimitHeaders(rejection({ limit: 'total', resetAt: null, retryAfterMs: null }), now)).toEqual({
      'x-ratelimit-limit': '10.00',
      'x-ratelimit-remaining': '0.00',
    });
  });

  it('sends nothing for a limit that is off', () => {
    const off: LimitUsage = { limit: 'daily', unit: 'usd', current: 3, max: null, remaining: null, resetAt: null };
    expect(rateLimitHeaders(off, now)).toEqual({});
  });
});
