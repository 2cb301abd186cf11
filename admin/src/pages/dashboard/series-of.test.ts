// The dashboard's daily series as the aligned arrays uPlot draws.
import { describe, expect, it } from 'vitest';
import type { DayUsage } from '../../api/wire-types.ts';
import { dailyArrays, dayKeys } from './series-of.ts';

const day = (date: string, requests: number): DayUsage => ({ day: date, requests, errors: 0, inputTokens: requests * 10, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: requests / 100 });
const now = Date.parse('2026-11-22T04:00:00Z');

describe('dailyArrays', () => {
  it('spans the whole range ending today, with zeros on days without traffic', () => {
    const arrays = dailyArrays([day('2026-11-20', 3), day('2026-11-22', 1)], 4, now);
    expect(arrays.days).toEqual(['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'].map((d) => Date.parse(`${d}T00:00:00Z`) / 1000));
    expect(arrays.requests).toEqual([0, 3, 0, 1]);
    expect(arrays.inputTokens).toEqual([0, 30, 0, 10]);
  });

  it('ends at the newest day with data when the gateway zone is ahead of UTC', () => {
    expect(dayKeys([day('2026-11-23', 1)], 2, now)).toEqual(['2026-11-22', '2026-11-23']);
  });
});
