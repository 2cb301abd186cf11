import { describe, expect, it } from 'vitest';
import { admit, type AdmitResult } from './admit.ts';
import type { LimitPolicy } from './limit-policy.ts';
import { createLimiterState, type LimiterState } from './limiter-state.ts';
import { settle } from './settle.ts';
import { testPolicy } from './test-policy.ts';

const T0 = Date.parse('2026-11-22T10:00:00Z');

const policy = testPolicy;

function run(state: LimiterState, p: LimitPolicy, now: number, sessionId = 's1'): [LimiterState, AdmitResult] {
  const out = admit(state, { sessionId }, p, now);
  return [out.state, out.result];
}

describe('requests per minute', () => {
  it('admits exactly 100 of 200 back-to-back requests against an RPM of 100', () => {
    const p = policy({ rpmLimit: 100 });
    let state = createLimiterState();
    let admitted = 0;
    for (let i = 0; i < 200; i++) {
      const [next, result] = run(state, p, T0 + i);
      state = next;
      if (result.ok) admitted++;
    }
    expect(admitted).toBe(100);
    expect(state.requests).toHaveLength(100);
  });

  it('still counts a request 59.999 s later and frees its place at exactly 60 s', () => {
    const p = policy({ rpmLimit: 1 });
    const [state] = run(createLimiterState(), p, T0);
    const [, early] = run(state, p, T0 + 59_999);
    expect(early).toEqual({
      ok: false,
      reason: 'limit',
      limit: 'rpm',
      current: 1,
      max: 1,
      resetAt: T0 + 60_000,
      retryAfterMs: 1,
    });
    const [, onTime] = run(state, p, T0 + 60_000);
    expect(onTime.ok).toBe(true);
  });

  it('reports the instant enough old requests leave the window to make room', () => {
    const p = policy({ rpmLimit: 2 });
    let state = createLimiterState();
    for (const offset of [0, 10_000]) [state] = run(state, p, T0 + offset);
    const [, result] = run(state, p, T0 + 20_000);
    expect(result).toMatchObject({ ok: false, limit: 'rpm', resetAt: T0 + 60_000, retryAfterMs: 40_000 });
  });

  it('does not spend a place on a refused request', () => {
    const p = policy({ rpmLimit: 1 });
    const [state] = run(createLimiterState(), p, T0);
    const [after] = run(state, p, T0 + 30_000);
    expect(after.requests).toEqual([T0]);
  });
});

describe('concurrent sessions', () => {
  it('refuses a 4th new session while the 3 counted sessions keep being admitted', () => {
    const p = policy({ limitConcurrentSessions: 3 });
    let state = createLimiterState();
    for (const id of ['a', 'b', 'c']) {
      const [next, result] = run(state, p, T0, id);
      expect(result.ok).toBe(true);
      state = next;
    }
    const [, fourth] = run(state, p, T0 + 1_000, 'd');
    expect(fourth).toMatchObject({ ok: false, limit: 'concurrentSessions', current: 3, max: 3 });
    for (const id of ['a', 'b', 'c']) {
      const [next, result] = run(state, p, T0 + 2_000, id);
      expect(result.ok).toBe(true);
      state = next;
    }
  });

  it('admits a new session once an idle one has been quiet for the TTL', () => {
    const p = policy({ limitConcurrentSessions: 2, sessionTtlSeconds: 300 });
    let state = createLimiterState();
    [state] = run(state, p, T0, 'a');
    [state] = run(state, p, T0 + 100_000, 'b');
    const [, refused] = run(state, p, T0 + 299_999, 'c');
    expect(refused).toMatchObject({ ok: false, resetAt: T0 + 300_000, retryAfterMs: 1 });
    const [next, admitted] = run(state, p, T0 + 300_000, 'c');
    expect(admitted.ok).toBe(true);
    expect(next.sessions.map((s) => s.id).sort()).toEqual(['b', 'c']);
  });

  it('keeps a session active from the end of its response, not only from its start', () => {
    const p = policy({ limitConcurrentSessions: 1, sessionTtlSeconds: 60 });
    let [state] = run(createLimiterState(), p, T0, 'a');
    state = settle(state, { costUsd: 0, sessionId: 'a' }, p, T0 + 50_000);
    const [, other] = run(state, p, T0 + 100_000, 'b');
    expect(other).toMatchObject({ ok: false, limit: 'concurrentSessions', resetAt: T0 + 110_000 });
  });
});

describe('principal status', () => {
  it('refuses a disabled principal before looking at any limit', () => {
    const [state, result] = run(createLimiterState(), policy({ enabled: false }), T0);
    expect(result).toEqual({ ok: false, reason: 'disabled' });
    expect(state.requests).toEqual([]);
  });

  it('refuses an expired principal from its expiry instant on', () => {
    const p = policy({ expiresAt: T0 });
    expect(run(createLimiterState(), p, T0 - 1)[1].ok).toBe(true);
    expect(run(createLimiterState(), p, T0)[1]).toEqual({ ok: false, reason: 'expired', expiredAt: T0 });
  });
});

describe('state handling', () => {
  it('never mutates the state it is given', () => {
    const p = policy({ rpmLimit: 5, limitConcurrentSessions: 5 });
    const state = createLimiterState();
    const snapshot = JSON.stringify(state);
    run(state, p, T0);
    expect(JSON.stringify(state)).toBe(snapshot);
  });

  it('round-trips through JSON unchanged', () => {
    const p = policy({ rpmLimit: 5 });
    let [state] = run(createLimiterState(), p, T0);
    state = settle(state, { costUsd: 1.25, sessionId: 's1' }, p, T0 + 1);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
