// Turns the overview's daily rows into the aligned arrays uPlot draws: one x value per day of the
// range, days without traffic as zeros, so the axis spans the range even with a single busy day.
import type { DayUsage, OverviewRange } from '../../api/wire-types.ts';

const dayMs = 86_400_000;
export const rangeDays: Record<OverviewRange, number> = { '1d': 1, '7d': 7, '30d': 30, '90d': 90 };

/** `YYYY-MM-DD` to seconds since the epoch at that day's UTC midnight (uPlot's time unit). */
export function dayToSeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

export interface DailyArrays {
  days: number[];
  requests: number[];
  errors: number[];
  costUsd: number[];
  inputTokens: number[];
  outputTokens: number[];
}

/** The `count` day keys ending at the later of today (UTC) and the newest day with data. */
export function dayKeys(series: readonly DayUsage[], count: number, now: number): string[] {
  const today = new Date(now).toISOString().slice(0, 10);
  const newest = series.reduce((latest, d) => (d.day.slice(0, 10) > latest ? d.day.slice(0, 10) : latest), today);
  const end = Date.parse(`${newest}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * dayMs).toISOString().slice(0, 10));
}

export function dailyArrays(series: readonly DayUsage[], count: number, now: number): DailyArrays {
  const byDay = new Map(series.map((d) => [d.day.slice(0, 10), d]));
  const keys = dayKeys(series, count, now);
  const pick = (field: keyof Omit<DayUsage, 'day'>) => keys.map((key) => byDay.get(key)?.[field] ?? 0);
  return {
    days: keys.map(dayToSeconds),
    requests: pick('requests'),
    errors: pick('errors'),
    costUsd: pick('costUsd'),
    inputTokens: pick('inputTokens'),
    outputTokens: pick('outputTokens'),
  };
}
