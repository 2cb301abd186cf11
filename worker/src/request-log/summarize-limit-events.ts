// Limit events (SPEC §7.2 `GET /stats/rate-limits`): requests refused by a limit, counted by limit type
// and by user, and as a series of buckets (hours of the last day, or days of a longer range).
import { dailyWindow } from '../../../durable-objects/limiter/window-bounds.ts';
import { dayIn } from './rollup.ts';
import { lastDaysStart } from './period-start.ts';

/** A refusal whose limit was not recorded (rows logged before limit names were kept). */
export const unknownLimit = 'unknown';

export type LimitEventRange = '1d' | '7d' | '30d' | '90d';
export type BucketSize = 'hour' | 'day';

const rangeDays: Record<LimitEventRange, number> = { '1d': 1, '7d': 7, '30d': 30, '90d': 90 };
const hourMs = 3_600_000;

/** One count per limit and user, as the database groups them. */
export interface LimitEventCount {
  limit: string;
  userId: number | null;
  userName: string | null;
  events: number;
  lastAt: Date;
}

export interface LimitTypeSummary {
  limit: string;
  events: number;
  /** Distinct users refused by this limit (refusals without a known user are not counted here). */
  users: number;
  lastAt: string;
}

export interface LimitUserSummary {
  user: { id: number; name: string | null } | null;
  events: number;
  byType: Record<string, number>;
  lastAt: string;
}

const later = (a: string, b: string) => (a > b ? a : b);

/** Both tables from the same counts, most events first. */
export function summarizeLimitEvents(counts: readonly LimitEventCount[]): { byType: LimitTypeSummary[]; byUser: LimitUserSummary[] } {
  const types = new Map<string, { events: number; users: Set<number>; lastAt: string }>();
  const users = new Map<string, LimitUserSummary>();
  for (const row of counts) {
    const at = row.lastAt.toISOString();
    const type = types.get(row.limit) ?? { events: 0, users: new Set<number>(), lastAt: at };
    type.events += row.events;
    if (row.userId !== null) type.users.add(row.userId);
    type.lastAt = later(type.lastAt, at);
    types.set(row.limit, type);
    const userKey = row.userId === null ? 'none' : String(row.userId);
    const user = users.get(userKey) ?? { user: row.userId === null ? null : { id: row.userId, name: row.userName }, events: 0, byType: {}, lastAt: at };
    user.events += row.events;
    user.byType[row.limit] = (user.byType[row.limit] ?? 0) + row.events;
    user.lastAt = later(user.lastAt, at);
    users.set(userKey, user);
  }
  const byType = [...types].map(([limit, t]) => ({ limit, events: t.events, users: t.users.size, lastAt: t.lastAt }));
  byType.sort((a, b) => b.events - a.events || a.limit.localeCompare(b.limit));
  const byUser = [...users.values()].sort((a, b) => b.events - a.events || (a.user?.id ?? 0) - (b.user?.id ?? 0));
  return { byType, byUser };
}

/** The key of the bucket an instant falls in: an hour `YYYY-MM-DDTHH:00:00Z` (UTC) or a day `YYYY-MM-DD` in `timeZone`. */
export function bucketOf(at: number, size: BucketSize, timeZone: string): string {
  if (size === 'day') return dayIn(at, timeZone);
  return `${new Date(Math.floor(at / hourMs) * hourMs).toISOString().slice(0, 13)}:00:00Z`;
}

export interface LimitEventWindow {
  /** The first instant counted. */
  from: Date;
  size: BucketSize;
  /** Every bucket of the range, oldest first. */
  buckets: string[];
}

/** The last 24 hours by hour, or the last N days (today included) by day in `timeZone`. */
export function limitEventWindow(range: LimitEventRange, now: number, timeZone: string): LimitEventWindow {
  if (range === '1d') {
    const lastHour = Math.floor(now / hourMs) * hourMs;
    const hours = Array.from({ length: 24 }, (_, i) => lastHour - (23 - i) * hourMs);
    return { from: new Date(hours[0] ?? lastHour), size: 'hour', buckets: hours.map((h) => bucketOf(h, 'hour', timeZone)) };
  }
  const days = rangeDays[range];
  const first = Date.parse(`${lastDaysStart(days, now, timeZone)}T00:00:00Z`);
  const buckets = Array.from({ length: days }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
  // Local midnight of the first day, on the limits' own calendar.
  const start = dailyWindow(now - (days - 1) * 86_400_000, timeZone, '00:00').start;
  return { from: new Date(start), size: 'day', buckets };
}

export interface SeriesCount {
  bucket: string;
  limit: string;
  events: number;
}

export interface LimitSeriesPoint {
  bucket: string;
  total: number;
  byType: Record<string, number>;
}

/** One point per bucket of the window, empty buckets as zeros; counts outside the window are dropped. */
export function limitSeries(counts: readonly SeriesCount[], buckets: readonly string[]): LimitSeriesPoint[] {
  const points = new Map<string, LimitSeriesPoint>(buckets.map((bucket) => [bucket, { bucket, total: 0, byType: {} }]));
  for (const row of counts) {
    const point = points.get(row.bucket);
    if (point === undefined) continue;
    point.total += row.events;
    point.byType[row.limit] = (point.byType[row.limit] ?? 0) + row.events;
  }
  return [...points.values()];
}
