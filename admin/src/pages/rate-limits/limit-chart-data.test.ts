import { describe, expect, it } from 'vitest';
import { bucketToSeconds, limitChartData } from './limit-chart-data.ts';

describe('limitChartData', () => {
  it('draws one line per limit that refused anything, known limits first, zeros where a bucket has none', () => {
    const data = limitChartData([
      { bucket: '2026-11-21', total: 3, byType: { daily: 1, rpm: 2 } },
      { bucket: '2026-11-22', total: 4, byType: { futureLimit: 1, authThrottle: 3 } },
    ]);
    expect(data.x).toEqual([bucketToSeconds('2026-11-21'), bucketToSeconds('2026-11-22')]);
    expect(data.lines.map((l) => [l.limit, l.values])).toEqual([
      ['rpm', [2, 0]],
      ['daily', [1, 0]],
      ['authThrottle', [0, 3]],
      ['futureLimit', [0, 1]],
    ]);
    expect(new Set(data.lines.slice(0, 3).map((l) => l.color)).size).toBe(3);
  });

  it('has no lines without events', () => {
    expect(limitChartData([{ bucket: '2026-11-22T08:00:00Z', total: 0, byType: {} }])).toEqual({ x: [Date.parse('2026-11-22T08:00:00Z') / 1000], lines: [] });
  });
});

describe('bucketToSeconds', () => {
  it('reads days at UTC midnight and hours as instants', () => {
    expect(bucketToSeconds('2026-11-22')).toBe(Date.parse('2026-11-22T00:00:00Z') / 1000);
    expect(bucketToSeconds('2026-11-22T08:00:00Z')).toBe(Date.parse('2026-11-22T08:00:00Z') / 1000);
  });
});
