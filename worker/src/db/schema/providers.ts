// Upstream providers (SPEC §4.1, §4.2). The API key is encrypted at rest and never returned.
import {
  boolean,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, deletedAt, updatedAt, usdLimit } from './columns.ts';

export const providerTypes = [
  'claude',
  'claude-auth',
  'codex',
  'openai-compatible',
  'gemini',
  'gemini-cli',
] as const;

export type ProviderType = (typeof providerTypes)[number];

export interface ModelRedirect {
  from: string;
  to: string;
}

export const providers = pgTable(
  'providers',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type', { enum: providerTypes }).notNull(),
    baseUrl: text('base_url').notNull(),
    /** AES-GCM ciphertext under ENCRYPTION_KEY. */
    apiKeyEncrypted: text('api_key_encrypted').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    weight: integer('weight').notNull().default(1),
    priority: integer('priority').notNull().default(0),
    groupTag: text('group_tag'),
    allowedModels: jsonb('allowed_models').$type<string[]>().notNull().default([]),
    modelRedirects: jsonb('model_redirects').$type<ModelRedirect[]>().notNull().default([]),
    customHeaders: jsonb('custom_headers').$type<Record<string, string>>().notNull().default({}),
    costMultiplier: doublePrecision('cost_multiplier').notNull().default(1),
    limitConcurrentSessions: integer('limit_concurrent_sessions').notNull().default(0),
    limit5hUsd: usdLimit('limit_5h_usd'),
    dailyLimitUsd: usdLimit('daily_limit_usd'),
    limitWeeklyUsd: usdLimit('limit_weekly_usd'),
    limitMonthlyUsd: usdLimit('limit_monthly_usd'),
    circuitBreakerFailureThreshold: integer('circuit_breaker_failure_threshold').notNull().default(5),
    circuitBreakerOpenDuration: integer('circuit_breaker_open_duration').notNull().default(1_800_000),
    circuitBreakerHalfOpenSuccessThreshold: integer('circuit_breaker_half_open_success_threshold')
      .notNull()
      .default(2),
    firstByteTimeout: integer('first_byte_timeout').notNull().default(30_000),
    idleTimeout: integer('idle_timeout').notNull().default(60_000),
    requestTimeout: integer('request_timeout').notNull().default(120_000),
    /** Null means MAX_RETRY_ATTEMPTS_DEFAULT. */
    maxRetryAttempts: integer('max_retry_attempts'),
    /** Outbound proxy (§4.8) without its password, which is kept in proxyPasswordEncrypted. */
    proxyUrl: text('proxy_url'),
    /** The proxy password, encrypted with ENCRYPTION_KEY like the API key. */
    proxyPasswordEncrypted: text('proxy_password_encrypted'),
    proxyFallbackToDirect: boolean('proxy_fallback_to_direct').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('providers_name_live').on(t.name).where(sql`${t.deletedAt} is null`)],
);
