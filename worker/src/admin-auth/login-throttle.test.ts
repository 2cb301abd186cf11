import { describe, expect, it } from 'vitest';
import { loginBlockedForMs, recordLoginFailure, throttleStateTtlMs, type ThrottleState } from './login-throttle.ts';

const policy = { maxFailures: 3, windowMs: 300_000, blockMs: 600_000 };
const t0 = 1_800_000_000_000;

function fail(times: number, start: number, step = 1_000, state?: ThrottleState): ThrottleState | undefined {
  let current = state;
  for (let i = 0; i < times; i++) current = recordLoginFailure(current, start + i * step, policy);
  return current;
}

describe('login throttle', () => {
  it('lets failures below the limit through', () => {
    expect(loginBlockedForMs(fail(2, t0), t0 + 2_000)).toBe(0);
  });

  it('blocks for the block duration once the limit is reached within the window', () => {
    const state = fail(3, t0);
    expect(loginBlockedForMs(state, t0 + 2_000)).toBe(600_000);
    expect(loginBlockedForMs(state, t0 + 2_000 + 599_999)).toBe(1);
    expect(loginBlockedForMs(state, t0 + 2_000 + 600_000)).toBe(0);
  });

  it('starts counting again when failures are spread beyond the window', () => {
    const state = fail(3, t0, 200_000);
    expect(state?.failures).toBe(1);
    expect(loginBlockedForMs(state, t0 + 400_000)).toBe(0);
  });

  it('keeps the state in the cache as long as the block or the window lasts', () => {
    const blocked = fail(3, t0);
    if (blocked === undefined) throw new Error('no state');
    expect(throttleStateTtlMs(blocked, t0 + 2_000, policy)).toBe(600_000);
    const counting = fail(1, t0);
    if (counting === undefined) throw new Error('no state');
    expect(throttleStateTtlMs(counting, t0 + 100_000, policy)).toBe(200_000);
  });
});
