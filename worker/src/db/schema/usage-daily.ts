// Daily usage rollups (day × user × key × provider × model); they outlive log cleanup.
import { bigint, date, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { usdAmount } from './columns.ts';

const tokens = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

export const usageDaily = pgTable(
  'usage_daily',
  {
    /** The calendar day in the configured time zone. */
    day: date('day', { mode: 'string' }).notNull(),
    userId: integer('user_id'),
    keyId: integer('key_id'),
    providerId: integer('provider_id'),
    model: text('model'),
    requests: integer('requests').notNull().default(0),
    errors: integer('errors').notNull().default(0),
    inputTokens: tokens('input_tokens'),
    outputTokens: tokens('output_tokens'),
    cacheWrite5mTokens: tokens('cache_write_5m_tokens'),
    cacheWrite1hTokens: tokens('cache_write_1h_tokens'),
    cacheReadTokens: tokens('cache_read_tokens'),
    reasoningTokens: tokens('reasoning_tokens'),
    costUsd: usdAmount('cost_usd'),
  },
  (t) => [
    unique('usage_daily_dimensions')
      .on(t.day, t.userId, t.keyId, t.providerId, t.model)
      .nullsNotDistinct(),
  ],
);
