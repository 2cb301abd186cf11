import { describe, expect, it } from 'vitest';
import { testGatePolicy } from './test-policy.ts';
import { acquire } from './acquire.ts';
import type { ProviderGatePolicy } from './gate-policy.ts';
import { createGateState, type ProviderGateState } from './gate-state.ts';
import { health } from './health.ts';
import { settle, type GateSettlement } from './settle.ts';

const at = (iso: string): number => Date.parse(iso);
const T0 = at('2026-11-22T10:00:00Z');

/** The product's defaults (SPEC §4.2). */
const policy = (overrides: Partial<ProviderGatePolicy> = {}): ProviderGatePolicy =>
  testGatePolicy({ failureThreshold: 5, openDurationMs: 1_800_000, trialTimeoutMs: 120_000, ...overrides });

const take = (state: ProviderGateState, p: ProviderGatePolicy, sessionId: string, now: number) =>
  acquire(state, { sessionId }, p, now);

const finish = (state: ProviderGateState, p: ProviderGatePolicy, s: Partial<GateSettlement>, now: number) =>
  settle(state, { outcome: 'success', costUsd: 0, sessionId: 's', ...s }, p, now).state;

describe('provider concurrency', () => {
  it('refuses a 4th new session while the 3 counted sessions keep being admitted', () => {
    const p = policy({ limitConcurrentSessions: 3 });
    let state = createGateState();
    for (const id of ['a', 'b', 'c']) state = take(state, p, id, T0).state;
    expect(take(state, p, 'd', T0 + 1_000).result).toEqual({
      ok: false,
      reason: 'concurrency',
      retryAfterMs: 299_000,
      detail: '3/3 concurrent sessions',
    });
    for (const id of ['a', 'b', 'c']) expect(take(state, p, id, T0 + 2_000).result.ok).toBe(true);
    expect(take(state, p, 'd', T0 + 300_000).result.ok).toBe(true);
  });

  it('gives up the place of a session whose attempt failed over elsewhere', () => {
    const p = policy({ limitConcurrentSessions: 1 });
    const taken = take(createGateState(), p, 'a', T0).state;
    const failed = finish(taken, p, { outcome: 'failure', sessionId: 'a' }, T0 + 1_000);
    expect(take(failed, p, 'b', T0 + 2_000).result.ok).toBe(true);
  });
});

describe('provider spend', () => {
  it('is ineligible once its daily spend is reached, until 00:00 in the configured zone', () => {
    const p = policy({ dailyLimitUsd: 20, timeZone: 'Asia/Shanghai' });
    const spent = finish(createGateState(), p, { costUsd: 20 }, at('2026-11-22T12:00:00Z'));
    expect(take(spent, p, 's', at('2026-11-22T15:59:00Z')).result).toEqual({
      ok: false,
      reason: 'spend_limit',
      retryAfterMs: 60_000,
      detail: 'daily spend 20.00/20.00 USD, resets 2026-11-22T16:00:00Z',
    });
    expect(take(spent, p, 's', at('2026-11-22T16:00:00Z')).result.ok).toBe(true);
  });

  it('counts the rolling 5-hour window of the provider', () => {
    const p = policy({ limit5hUsd: 1 });
    let state = finish(createGateState(), p, { costUsd: 0.5 }, T0);
    state = finish(state, p, { costUsd: 0.5 }, T0 + 3_600_000);
    expect(take(state, p, 's', T0 + 4 * 3_600_000).result).toMatchObject({
      reason: 'spend_limit',
      retryAfterMs: 3_600_000 + 60_000,
    });
    expect(take(state, p, 's', T0 + 5 * 3_600_000 + 60_000).result.ok).toBe(true);
  });

  it('checks the breaker before spend and sessions', () => {
    const p = policy({ failureThreshold: 1, limitConcurrentSessions: 1 });
    const taken = take(createGateState(), p, 'a', T0 - 1).state;
    const opened = settle(taken, { outcome: 'failure', costUsd: 0, sessionId: 'x' }, p, T0);
    expect(opened.events).toMatchObject([{ type: 'opened' }]);
    expect(take(opened.state, p, 'b', T0 + 1).result).toEqual({
      ok: false,
      reason: 'circuit_open',
      retryAfterMs: 1_799_999,
      detail: 'circuit open until 2026-11-22T10:30:00Z',
    });
  });
});

describe('health', () => {
  it('reports breaker state, sessions, recent error rate and latency', () => {
    const p = policy({ failureThreshold: 3, limitConcurrentSessions: 10, dailyLimitUsd: 50 });
    let state = createGateState();
    for (const id of ['a', 'b']) state = take(state, p, id, T0).state;
    const latencies = [100, 200, 300, 400];
    latencies.forEach((latencyMs, i) => {
      state = finish(state, p, { sessionId: 'a', latencyMs, costUsd: 1.25 }, T0 + i * 1_000);
    });
    state = finish(state, p, { outcome: 'failure', sessionId: 'b', latencyMs: 30_000 }, T0 + 5_000);
    state = finish(state, p, { outcome: 'neutral', sessionId: 'a' }, T0 + 6_000);
    const view = health(state, p, T0 + 10_000);
    expect(view).toMatchObject({
      status: 'closed',
      consecutiveFailures: 1,
      failureThreshold: 3,
      reopenAt: null,
      activeSessions: 1,
      maxSessions: 10,
      recent: { requests: 5, failures: 1, errorRate: 0.2, avgLatencyMs: 250, p95LatencyMs: 400 },
    });
    expect(view.spend.find((s) => s.window === 'daily')).toEqual({
      window: 'daily',
      currentUsd: 5,
      maxUsd: 50,
      resetAt: at('2026-11-23T00:00:00Z'),
    });
  });

  it('shows an OPEN breaker whose time is over as HALF-OPEN without storing anything', () => {
    const p = policy({ failureThreshold: 1, openDurationMs: 1_000 });
    const opened = settle(createGateState(), { outcome: 'failure', costUsd: 0, sessionId: 's' }, p, T0).state;
    expect(health(opened, p, T0 + 999)).toMatchObject({ status: 'open', reopenAt: T0 + 1_000, openedAt: T0 });
    expect(health(opened, p, T0 + 1_000).status).toBe('half_open');
    expect(opened.breaker.status).toBe('open');
  });

  it('forgets outcomes older than the recent window', () => {
    const p = policy();
    const state = finish(createGateState(), p, { outcome: 'failure' }, T0);
    expect(health(state, p, T0 + 15 * 60_000).recent).toMatchObject({ requests: 0, errorRate: null, avgLatencyMs: null });
  });
});
