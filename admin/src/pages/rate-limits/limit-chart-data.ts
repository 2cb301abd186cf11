// Turns the rate-limit series into what the uPlot chart draws: one x value per bucket (seconds since
// the epoch) and one line per limit type that refused anything, in a stable order and colour.
import type { LimitSeriesPoint } from '../../api/rate-limits-api.ts';

/** The known limit types in display order; anything else (a future limit) follows them. */
export const limitTypes = ['rpm', 'spend5h', 'daily', 'weekly', 'monthly', 'total', 'concurrentSessions', 'authThrottle', 'unknown'] as const;

export type KnownLimitType = (typeof limitTypes)[number];

const palette = ['#2563eb', '#ea580c', '#16a34a', '#7c3aed', '#db2777', '#0891b2', '#ca8a04', '#dc2626', '#6b7280'];

export function isKnownLimitType(limit: string): limit is KnownLimitType {
  return (limitTypes as readonly string[]).includes(limit);
}

/** A day `YYYY-MM-DD` counts from its UTC midnight, as the dashboard draws days; an hour is its own instant. */
export function bucketToSeconds(bucket: string): number {
  return Date.parse(bucket.length === 10 ? `${bucket}T00:00:00Z` : bucket) / 1000;
}

export interface LimitChartData {
  x: number[];
  lines: Array<{ limit: string; values: number[]; color: string }>;
}

export function limitChartData(series: readonly LimitSeriesPoint[]): LimitChartData {
  const present = new Set(series.flatMap((point) => Object.keys(point.byType)));
  const ordered = [...limitTypes.filter((limit) => present.has(limit)), ...[...present].filter((limit) => !isKnownLimitType(limit)).sort()];
  return {
    x: series.map((point) => bucketToSeconds(point.bucket)),
    lines: ordered.map((limit, index) => ({
      limit,
      values: series.map((point) => point.byType[limit] ?? 0),
      color: palette[isKnownLimitType(limit) ? limitTypes.indexOf(limit) : index % palette.length] ?? '#6b7280',
    })),
  };
}
