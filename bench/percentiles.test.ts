import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './percentiles.ts';

describe('percentile', () => {
  it('takes the nearest rank, so the value is one that was measured', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 90)).toBe(9);
    expect(percentile(sorted, 99)).toBe(10);
    expect(percentile(sorted, 0)).toBe(1);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('sorts unsorted samples and reports count, mean and the extremes', () => {
    const summary = summarize([9, 1, 5, 3, 7]);
    expect(summary).toEqual({ count: 5, min: 1, mean: 5, p50: 5, p90: 9, p99: 9, max: 9 });
  });

  it('finds a slow tail of one in a hundred at p99 but not at p90', () => {
    const samples = [...Array.from({ length: 99 }, () => 2), 50];
    const summary = summarize(samples);
    expect(summary.p90).toBe(2);
    expect(summary.p99).toBe(2);
    expect(summary.max).toBe(50);
    expect(summarize([...samples, 50]).p99).toBe(50);
  });
});
