// The first day (YYYY-MM-DD, in the configured time zone) of a statistics period: today, this week
// (from Monday), this month — the same calendar the limits use — or the last N days.
import { dailyWindow, monthlyWindow, weeklyWindow } from '../../../durable-objects/limiter/window-bounds.ts';
import { dayIn } from './rollup.ts';

export type Period = 'daily' | 'weekly' | 'monthly';

export function periodStart(period: Period, now: number, timeZone: string): string {
  const window =
    period === 'daily' ? dailyWindow(now, timeZone, '00:00') : period === 'weekly' ? weeklyWindow(now, timeZone) : monthlyWindow(now, timeZone);
  return dayIn(window.start, timeZone);
}

/** The first of the last `days` days, today included. */
export function lastDaysStart(days: number, now: number, timeZone: string): string {
  const [y, m, d] = dayIn(now, timeZone).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - (days - 1))).toISOString().slice(0, 10);
}
