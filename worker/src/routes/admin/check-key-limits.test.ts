import { describe, expect, it } from 'vitest';
import { keyLimitsAboveUser } from './check-key-limits.ts';

describe('keyLimitsAboveUser', () => {
  it('names each limit the key sets above its user', () => {
    expect(keyLimitsAboveUser({ dailyLimitUsd: 20, rpmLimit: 10, limitTotalUsd: 5 }, { dailyLimitUsd: 10, rpmLimit: 60, limitTotalUsd: 5 })).toEqual({
      dailyLimitUsd: ["Must not exceed the user's dailyLimitUsd of 10"],
    });
  });

  it('lets the key set anything where the user has no limit (null or 0)', () => {
    expect(keyLimitsAboveUser({ dailyLimitUsd: 1_000, rpmLimit: 500 }, { dailyLimitUsd: null, rpmLimit: 0 })).toEqual({});
  });

  it('lets a key without its own limit inherit the user one', () => {
    expect(keyLimitsAboveUser({ dailyLimitUsd: null, limitWeeklyUsd: 0 }, { dailyLimitUsd: 10, limitWeeklyUsd: 50 })).toEqual({});
  });
});
