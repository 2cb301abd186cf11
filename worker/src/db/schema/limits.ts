// The spend and rate limits shared by users and keys (SPEC §5, §7.2).
import { integer, text, timestamp } from 'drizzle-orm/pg-core';
import { usdLimit } from './columns.ts';

export const dailyResetModes = ['fixed', 'rolling'] as const;

export const limitColumns = () => ({
  rpmLimit: integer('rpm_limit'),
  limit5hUsd: usdLimit('limit_5h_usd'),
  dailyLimitUsd: usdLimit('daily_limit_usd'),
  dailyResetMode: text('daily_reset_mode', { enum: dailyResetModes }).notNull().default('fixed'),
  dailyResetTime: text('daily_reset_time').notNull().default('00:00'),
  limitWeeklyUsd: usdLimit('limit_weekly_usd'),
  limitMonthlyUsd: usdLimit('limit_monthly_usd'),
  limitTotalUsd: usdLimit('limit_total_usd'),
  limitConcurrentSessions: integer('limit_concurrent_sessions'),
  /** The last manual reset of the spend windows; total spend counts from here. */
  limitsResetAt: timestamp('limits_reset_at', { withTimezone: true }),
});
