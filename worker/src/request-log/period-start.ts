// The first day (YYYY-MM-DD, in the configured time zone) of a statistics period: today, this week
// (from Monday), this month, or the last N days.
import { dayIn } from './rollup.ts';

export type Period = 'daily' | 'weekly' | 'monthly';

function shift(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function periodStart(period: Period, now: number, timeZone: string): string {
  const today = dayIn(now, timeZone);
  if (period === 'daily') return today;
  if (period === 'monthly') return `${today.slice(0, 8)}01`;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  return shift(today, -weekday);
}

/** The first of the last `days` days, today included. */
export function lastDaysStart(days: number, now: number, timeZone: string): string {
  return shift(dayIn(now, timeZone), -(days - 1));
}
