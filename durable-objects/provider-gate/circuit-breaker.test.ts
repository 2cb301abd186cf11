import { describe, expect, it } from 'vitest';
import { testGatePolicy } from './test-policy.ts';
import { acquire, type AcquireResult } from './acquire.ts';
import { applyProbe, nextTransitionAt, onAlarm, resetCircuit } from './breaker-controls.ts';
import type { Outcome } from './circuit-breaker.ts';
import type { ProviderGatePolicy } from './gate-policy.ts';
import { createGateState, type ProviderGateState } from './gate-state.ts';
import { settle } from './settle.ts';

const T0 = Date.parse('2026-11-22T10:00:00Z');

const policy = testGatePolicy;

function report(state: ProviderGateState, p: ProviderGatePolicy, outcome: Outcome, now: number, trialId?: string | null) {
  return settle(state, { outcome, costUsd: 0, sessionId: 's', trialId }, p, now);
}

function failTimes(state: ProviderGateState, p: ProviderGatePolicy, times: number, now: number) {
  let current = state;
  const events = [];
  for (let i = 0; i < times; i++) {
    const step = report(current, p, 'failure', now + i);
    current = step.state;
    events.push(...step.events);
  }
  return { state: current, events };
}

const trialOf = (result: AcquireResult): string | null => (result.ok ? result.trialId : null);

describe('circuit breaker', () => {
  it('runs the full cycle: failures open it, time half-opens it, trial successes close it', () => {
    const p = policy();
    const twice = failTimes(createGateState(), p, 2, T0);
    expect(twice.state.breaker.status).toBe('closed');
    const opened = failTimes(twice.state, p, 1, T0 + 10);
    expect(opened.events).toEqual([{ type: 'opened', at: T0 + 10, consecutiveFailures: 3, halfOpenAt: T0 + 60_010 }]);
    expect(nextTransitionAt(opened.state)).toBe(T0 + 60_010);

    const refused = acquire(opened.state, { sessionId: 's' }, p, T0 + 60_009);
    expect(refused.result).toMatchObject({ ok: false, reason: 'circuit_open', retryAfterMs: 1 });

    const alarm = onAlarm(opened.state, p, T0 + 60_010);
    expect(alarm.events).toEqual([{ type: 'half_opened', at: T0 + 60_010, cause: 'timer' }]);
    expect(nextTransitionAt(alarm.state)).toBeNull();

    const first = acquire(alarm.state, { sessionId: 's' }, p, T0 + 61_000);
    expect(first.result).toEqual({ ok: true, trialId: 't1' });
    expect(acquire(first.state, { sessionId: 's' }, p, T0 + 61_001).result).toMatchObject({
      ok: false,
      reason: 'half_open_busy',
    });
    const oneSuccess = report(first.state, p, 'success', T0 + 62_000, 't1');
    expect(oneSuccess.state.breaker.status).toBe('half_open');
    const second = acquire(oneSuccess.state, { sessionId: 's' }, p, T0 + 63_000);
    const closed = report(second.state, p, 'success', T0 + 64_000, trialOf(second.result));
    expect(closed.events).toEqual([{ type: 'closed', at: T0 + 64_000, cause: 'recovered' }]);
    expect(closed.state.breaker).toMatchObject({ status: 'closed', consecutiveFailures: 0 });
  });

  it('re-opens when a half-open trial fails', () => {
    const p = policy();
    const opened = failTimes(createGateState(), p, 3, T0);
    const trial = acquire(opened.state, { sessionId: 's' }, p, T0 + 70_000);
    expect(trial.events).toEqual([{ type: 'half_opened', at: T0 + 70_000, cause: 'timer' }]);
    const reopened = report(trial.state, p, 'failure', T0 + 71_000, trialOf(trial.result));
    expect(reopened.events).toMatchObject([{ type: 'opened', halfOpenAt: T0 + 131_000 }]);
    expect(acquire(reopened.state, { sessionId: 's' }, p, T0 + 72_000).result).toMatchObject({ reason: 'circuit_open' });
  });

  it('lets several trials through at once when configured, and frees a trial that never settled', () => {
    const p = policy({ halfOpenMaxConcurrent: 2 });
    const halfOpen = onAlarm(failTimes(createGateState(), p, 3, T0).state, p, T0 + 60_002).state;
    const a = acquire(halfOpen, { sessionId: 'a' }, p, T0 + 61_000);
    const b = acquire(a.state, { sessionId: 'b' }, p, T0 + 61_000);
    expect([a.result.ok, b.result.ok]).toEqual([true, true]);
    expect(acquire(b.state, { sessionId: 'c' }, p, T0 + 70_999).result).toMatchObject({
      reason: 'half_open_busy',
      retryAfterMs: 1,
    });
    expect(acquire(b.state, { sessionId: 'c' }, p, T0 + 71_000).result.ok).toBe(true);
  });

  it('resets the failure count on a success and ignores neutral outcomes', () => {
    const p = policy();
    let state = failTimes(createGateState(), p, 2, T0).state;
    state = report(state, p, 'neutral', T0 + 5).state;
    expect(state.breaker.consecutiveFailures).toBe(2);
    state = report(state, p, 'success', T0 + 6).state;
    state = failTimes(state, p, 2, T0 + 7).state;
    expect(state.breaker).toMatchObject({ status: 'closed', consecutiveFailures: 2 });
  });

  it('frees a trial place without deciding anything on a neutral trial outcome', () => {
    const p = policy();
    const halfOpen = onAlarm(failTimes(createGateState(), p, 3, T0).state, p, T0 + 60_002).state;
    const trial = acquire(halfOpen, { sessionId: 's' }, p, T0 + 61_000);
    const neutral = report(trial.state, p, 'neutral', T0 + 61_500, trialOf(trial.result));
    expect(neutral.state.breaker).toMatchObject({ status: 'half_open', halfOpenSuccesses: 0, trials: [] });
    expect(acquire(neutral.state, { sessionId: 's' }, p, T0 + 62_000).result.ok).toBe(true);
  });

  it('ignores late answers of requests sent before the breaker opened', () => {
    const p = policy();
    const opened = failTimes(createGateState(), p, 3, T0).state;
    expect(report(opened, p, 'success', T0 + 10).state.breaker.status).toBe('open');
    const halfOpen = onAlarm(opened, p, T0 + 60_002).state;
    expect(report(halfOpen, p, 'failure', T0 + 60_010).state.breaker.status).toBe('half_open');
  });

  it('never opens with a threshold of 0, and closes an open breaker once disabled', () => {
    const off = policy({ failureThreshold: 0 });
    const many = failTimes(createGateState(), off, 50, T0);
    expect(many.events).toEqual([]);
    expect(many.state.breaker).toMatchObject({ status: 'closed', consecutiveFailures: 50 });
    expect(acquire(many.state, { sessionId: 's' }, off, T0 + 100).result).toEqual({ ok: true, trialId: null });

    const opened = failTimes(createGateState(), policy(), 3, T0).state;
    const disabled = acquire(opened, { sessionId: 's' }, off, T0 + 10);
    expect(disabled.result.ok).toBe(true);
    expect(disabled.events).toEqual([{ type: 'closed', at: T0 + 10, cause: 'disabled' }]);
  });

  it('half-opens on a successful probe and never counts a failed one', () => {
    const p = policy();
    const opened = failTimes(createGateState(), p, 3, T0).state;
    const failedProbe = applyProbe(opened, { ok: false }, T0 + 1_000);
    expect(failedProbe.events).toEqual([]);
    expect(failedProbe.state.breaker).toEqual(opened.breaker);
    const probed = applyProbe(opened, { ok: true }, T0 + 2_000);
    expect(probed.events).toEqual([{ type: 'half_opened', at: T0 + 2_000, cause: 'probe' }]);
    expect(nextTransitionAt(probed.state)).toBeNull();
    expect(applyProbe(createGateState(), { ok: true }, T0).events).toEqual([]);
  });

  it('closes by hand from any state', () => {
    const p = policy();
    const opened = failTimes(createGateState(), p, 3, T0).state;
    const reset = resetCircuit(opened, T0 + 5);
    expect(reset.events).toEqual([{ type: 'closed', at: T0 + 5, cause: 'manual_reset' }]);
    expect(reset.state.breaker).toMatchObject({ status: 'closed', consecutiveFailures: 0, halfOpenAt: null });
    expect(acquire(reset.state, { sessionId: 's' }, p, T0 + 6).result.ok).toBe(true);
  });
});
