// Typed call to GET /api/admin/stats/rate-limits (SPEC §7.2): limit events by type, by user and over time.
import { request } from './http-client.ts';

export type RateLimitRange = '1d' | '7d' | '30d' | '90d';

export interface LimitTypeRow {
  /** A limit name (rpm, spend5h, daily, weekly, monthly, total, concurrentSessions), authThrottle or unknown. */
  limit: string;
  events: number;
  users: number;
  lastAt: string;
}

export interface LimitUserRow {
  /** Null for refusals before a user was known (failed-login throttling). */
  user: { id: number; name: string | null } | null;
  events: number;
  byType: Record<string, number>;
  lastAt: string;
}

export interface LimitSeriesPoint {
  /** `YYYY-MM-DDTHH:00:00Z` for hours, `YYYY-MM-DD` for days. */
  bucket: string;
  total: number;
  byType: Record<string, number>;
}

export interface RateLimitStats {
  range: RateLimitRange;
  from: string;
  bucket: 'hour' | 'day';
  totals: { events: number; users: number };
  byType: LimitTypeRow[];
  byUser: LimitUserRow[];
  series: LimitSeriesPoint[];
}

export const rateLimitStats = {
  get: (range: RateLimitRange) => request<RateLimitStats>('/stats/rate-limits', { query: { range } }),
};
