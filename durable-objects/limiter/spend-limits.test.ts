import { describe, expect, it } from 'vitest';
import { testPolicy } from './test-policy.ts';
import { admit, type AdmitResult } from './admit.ts';
import type { LimitPolicy } from './limit-policy.ts';
import { createLimiterState, type LimiterState } from './limiter-state.ts';
import { resetSpend } from './reset-spend.ts';
import { settle } from './settle.ts';

const at = (iso: string): number => Date.parse(iso);

const policy = testPolicy;

const spend = (state: LimiterState, p: LimitPolicy, costUsd: number, now: number): LimiterState =>
  settle(state, { costUsd, sessionId: 's1' }, p, now);

const check = (state: LimiterState, p: LimitPolicy, now: number, estimatedCostUsd?: number): AdmitResult =>
  admit(state, { sessionId: 's1', estimatedCostUsd }, p, now).result;

describe('rolling 5-hour spend', () => {
  it('counts a spend until its minute is five hours old', () => {
    const p = policy({ limit5hUsd: 1 });
    const state = spend(createLimiterState(), p, 1, at('2026-11-22T10:00:30Z'));
    expect(check(state, p, at('2026-11-22T15:00:59.999Z'))).toMatchObject({
      ok: false,
      limit: 'spend5h',
      current: 1,
      max: 1,
      resetAt: at('2026-11-22T15:01:00Z'),
    });
    expect(check(state, p, at('2026-11-22T15:01:00Z')).ok).toBe(true);
  });

  it('reopens as soon as enough old spend has left the window', () => {
    const p = policy({ limit5hUsd: 1 });
    let state = spend(createLimiterState(), p, 0.6, at('2026-11-22T10:00:00Z'));
    state = spend(state, p, 0.6, at('2026-11-22T12:00:00Z'));
    const refused = check(state, p, at('2026-11-22T13:00:00Z'));
    expect(refused).toMatchObject({ ok: false, current: 1.2, resetAt: at('2026-11-22T15:01:00Z') });
  });
});

describe('daily spend', () => {
  it('resets at local midnight in Asia/Shanghai', () => {
    const p = policy({ dailyLimitUsd: 10, timeZone: 'Asia/Shanghai' });
    const state = spend(createLimiterState(), p, 10, at('2026-11-22T15:00:00Z'));
    expect(check(state, p, at('2026-11-22T15:59:59.999Z'))).toMatchObject({
      ok: false,
      limit: 'daily',
      resetAt: at('2026-11-22T16:00:00Z'),
      retryAfterMs: 1,
    });
    expect(check(state, p, at('2026-11-22T16:00:00Z')).ok).toBe(true);
  });

  it('keeps the 25-hour New York day of the fall-back change as one window', () => {
    const p = policy({ dailyLimitUsd: 5, timeZone: 'America/New_York' });
    const state = spend(createLimiterState(), p, 5, at('2026-11-01T04:30:00Z'));
    expect(check(state, p, at('2026-11-02T04:30:00Z'))).toMatchObject({ ok: false, resetAt: at('2026-11-02T05:00:00Z') });
    expect(check(state, p, at('2026-11-02T05:00:00Z')).ok).toBe(true);
  });

  it('resets at the configured time of day', () => {
    const p = policy({ dailyLimitUsd: 5, dailyResetTime: '09:30', timeZone: 'America/New_York' });
    const state = spend(createLimiterState(), p, 5, at('2026-11-22T14:29:00Z'));
    expect(check(state, p, at('2026-11-22T14:29:59Z')).ok).toBe(false);
    expect(check(state, p, at('2026-11-22T14:30:00Z')).ok).toBe(true);
  });

  it('keeps a 09:30 New York reset time across the spring-forward change', () => {
    const p = policy({ dailyLimitUsd: 5, dailyResetTime: '09:30', timeZone: 'America/New_York' });
    const state = spend(createLimiterState(), p, 5, at('2026-03-07T15:00:00Z'));
    expect(check(state, p, at('2026-03-08T13:29:59Z'))).toMatchObject({ ok: false, resetAt: at('2026-03-08T13:30:00Z') });
    expect(check(state, p, at('2026-03-08T13:30:00Z')).ok).toBe(true);
  });

  it('keeps the day\'s spend when the reset time moves earlier within the day', () => {
    const p = policy({ dailyLimitUsd: 5, dailyResetTime: '08:00' });
    const state = spend(createLimiterState(), p, 5, at('2026-11-22T09:00:00Z'));
    expect(check(state, { ...p, dailyResetTime: '06:00' }, at('2026-11-22T10:00:00Z')).ok).toBe(false);
    expect(check(state, { ...p, dailyResetTime: '09:30' }, at('2026-11-22T10:00:00Z')).ok).toBe(true);
  });

  it('slides over 24 hours in rolling mode', () => {
    const p = policy({ dailyLimitUsd: 5, dailyResetMode: 'rolling' });
    const state = spend(createLimiterState(), p, 5, at('2026-11-22T23:00:00Z'));
    expect(check(state, p, at('2026-11-23T23:00:59Z'))).toMatchObject({ ok: false, resetAt: at('2026-11-23T23:01:00Z') });
    expect(check(state, p, at('2026-11-23T23:01:00Z')).ok).toBe(true);
  });
});

describe('weekly and monthly spend', () => {
  it('resets the week on Monday 00:00', () => {
    const p = policy({ limitWeeklyUsd: 5 });
    const state = spend(createLimiterState(), p, 5, at('2026-11-17T12:00:00Z'));
    expect(check(state, p, at('2026-11-22T23:59:59.999Z'))).toMatchObject({
      ok: false,
      limit: 'weekly',
      resetAt: at('2026-11-23T00:00:00Z'),
    });
    expect(check(state, p, at('2026-11-23T00:00:00Z')).ok).toBe(true);
  });

  it('resets the month on the 1st at 00:00 local time', () => {
    const p = policy({ limitMonthlyUsd: 5, timeZone: 'Asia/Shanghai' });
    const state = spend(createLimiterState(), p, 5, at('2026-11-02T00:00:00Z'));
    expect(check(state, p, at('2026-11-30T15:59:59Z'))).toMatchObject({ ok: false, resetAt: at('2026-11-30T16:00:00Z') });
    expect(check(state, p, at('2026-11-30T16:00:00Z')).ok).toBe(true);
  });

  it('reports the refusal that lasts longest when several limits are spent', () => {
    const p = policy({ limit5hUsd: 1, limitWeeklyUsd: 1 });
    const state = spend(createLimiterState(), p, 1, at('2026-11-18T12:00:00Z'));
    expect(check(state, p, at('2026-11-18T12:05:00Z'))).toMatchObject({ limit: 'weekly' });
  });
});

describe('total spend and the admin reset', () => {
  it('refuses without a reset time once the total is spent, until an admin resets it', () => {
    const p = policy({ limitTotalUsd: 3, rpmLimit: 10 });
    let state = admit(createLimiterState(), { sessionId: 's1' }, p, at('2026-09-01T00:00:00Z')).state;
    state = spend(state, p, 1.5, at('2026-09-01T00:00:00Z'));
    state = spend(state, p, 1.5, at('2026-11-22T00:00:00Z'));
    const refused = check(state, p, at('2026-11-22T00:00:10Z'));
    expect(refused).toMatchObject({ ok: false, limit: 'total', current: 3, resetAt: null, retryAfterMs: null });
    const reset = resetSpend(state, at('2026-11-22T00:00:20Z'));
    expect(reset.spendResetAt).toBe(at('2026-11-22T00:00:20Z'));
    expect(reset.requests).toEqual(state.requests);
    expect(check(reset, p, at('2026-11-22T00:00:30Z')).ok).toBe(true);
  });

  it('adds spend exactly however many small amounts are summed', () => {
    const p = policy({ limitTotalUsd: 0.3 });
    let state = createLimiterState();
    for (let i = 0; i < 3; i++) state = spend(state, p, 0.1, at('2026-11-22T00:00:00Z') + i);
    expect(check(state, p, at('2026-11-22T00:01:00Z'))).toMatchObject({ ok: false, current: 0.3 });
  });
});

describe('estimated cost', () => {
  it('refuses a request whose estimate would cross the limit', () => {
    const p = policy({ dailyLimitUsd: 10 });
    const state = spend(createLimiterState(), p, 9, at('2026-11-22T08:00:00Z'));
    expect(check(state, p, at('2026-11-22T09:00:00Z'), 2)).toMatchObject({ ok: false, limit: 'daily', current: 9 });
    expect(check(state, p, at('2026-11-22T09:00:00Z'), 1)).toMatchObject({ ok: true, reservationId: 'r1' });
  });

  it('holds an admitted estimate against concurrent requests until it settles', () => {
    const p = policy({ dailyLimitUsd: 1 });
    const now = at('2026-11-22T09:00:00Z');
    const first = admit(createLimiterState(), { sessionId: 's1', estimatedCostUsd: 0.6 }, p, now);
    const second = admit(first.state, { sessionId: 's2', estimatedCostUsd: 0.6 }, p, now + 1);
    expect(second.result).toMatchObject({ ok: false, current: 0.6 });
    const reservationId = first.result.ok ? first.result.reservationId : null;
    const settled = settle(first.state, { costUsd: 0.2, sessionId: 's1', reservationId }, p, now + 2);
    expect(settled.reservations).toEqual([]);
    expect(admit(settled, { sessionId: 's2', estimatedCostUsd: 0.6 }, p, now + 3).result.ok).toBe(true);
  });

  it('lets a reservation whose settle never came lapse', () => {
    const p = policy({ dailyLimitUsd: 1 });
    const now = at('2026-11-22T09:00:00Z');
    const first = admit(createLimiterState(), { sessionId: 's1', estimatedCostUsd: 1 }, p, now);
    expect(check(first.state, p, now + 60_000)).toMatchObject({ ok: false, resetAt: now + 30 * 60_000 });
    expect(check(first.state, p, now + 30 * 60_000).ok).toBe(true);
  });
});
