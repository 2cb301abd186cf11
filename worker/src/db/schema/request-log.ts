// One row per request, rejected ones included (SPEC §6.2). Rows arrive through the outbox, so the
// request id is unique and inserts are idempotent.
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { usdAmount } from './columns.ts';

export const errorCategories = [
  'PROVIDER_ERROR',
  'SYSTEM_ERROR',
  'NON_RETRYABLE_CLIENT_ERROR',
  'CLIENT_ABORT',
] as const;

export const blockedByReasons = ['auth', 'rate_limit', 'sensitive_word', 'no_provider', 'validation'] as const;

export const requestLog = pgTable(
  'request_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: text('request_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    userId: integer('user_id'),
    keyId: integer('key_id'),
    sessionId: text('session_id'),
    providerId: integer('provider_id'),
    endpoint: text('endpoint').notNull(),
    clientFormat: text('client_format'),
    providerFormat: text('provider_format'),
    modelRequested: text('model_requested'),
    modelSent: text('model_sent'),
    stream: boolean('stream').notNull().default(false),
    statusCode: integer('status_code').notNull(),
    errorCategory: text('error_category', { enum: errorCategories }),
    errorMessage: text('error_message'),
    blockedBy: text('blocked_by', { enum: blockedByReasons }),
    /** Which limit refused the request (a Limiter's limit name, or `authThrottle`); null otherwise. */
    limitName: text('limit_name'),
    inputTokens: integer('input_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    cacheWrite5mTokens: integer('cache_write_5m_tokens').notNull().default(0),
    cacheWrite1hTokens: integer('cache_write_1h_tokens').notNull().default(0),
    cacheReadTokens: integer('cache_read_tokens').notNull().default(0),
    reasoningTokens: integer('reasoning_tokens').notNull().default(0),
    costUsd: usdAmount('cost_usd'),
    /** The model had no price: cost is 0 and the admin flags it. */
    priceMissing: boolean('price_missing').notNull().default(false),
    durationMs: integer('duration_ms'),
    ttfbMs: integer('ttfb_ms'),
    providerChain: jsonb('provider_chain').$type<unknown[]>().notNull().default([]),
    userAgent: text('user_agent'),
    clientIp: text('client_ip'),
  },
  (t) => [
    uniqueIndex('request_log_request_id').on(t.requestId),
    index('request_log_created').on(t.createdAt),
    index('request_log_user_created').on(t.userId, t.createdAt),
    index('request_log_key_created').on(t.keyId, t.createdAt),
    index('request_log_provider_created').on(t.providerId, t.createdAt),
    index('request_log_session').on(t.sessionId),
  ],
);
