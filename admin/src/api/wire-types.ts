// The JSON shapes /api/admin answers with (SPEC §7.2), as the SPA reads them. Dates arrive as ISO text.

export const providerTypes = ['claude', 'claude-auth', 'codex', 'openai-compatible', 'gemini', 'gemini-cli'] as const;
export type ProviderType = (typeof providerTypes)[number];

export interface Limits {
  rpmLimit: number | null;
  limit5hUsd: number | null;
  dailyLimitUsd: number | null;
  dailyResetMode: 'fixed' | 'rolling';
  dailyResetTime: string;
  limitWeeklyUsd: number | null;
  limitMonthlyUsd: number | null;
  limitTotalUsd: number | null;
  limitConcurrentSessions: number | null;
}

export interface User extends Limits {
  id: number;
  name: string;
  note: string | null;
  enabled: boolean;
  expiresAt: string | null;
  providerGroup: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ClientKey extends Limits {
  id: number;
  userId: number;
  name: string;
  lastFour: string;
  enabled: boolean;
  expiresAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}

/** POST /users/:id/keys: the only answer that ever carries the full key. */
export interface CreatedKey extends ClientKey {
  key: string;
}

export interface ModelRedirect {
  from: string;
  to: string;
}

export interface Provider {
  id: number;
  name: string;
  type: ProviderType;
  baseUrl: string;
  hasApiKey: boolean;
  enabled: boolean;
  weight: number;
  priority: number;
  groupTag: string | null;
  allowedModels: string[];
  modelRedirects: ModelRedirect[];
  customHeaders: Record<string, string>;
  costMultiplier: number;
  limitConcurrentSessions: number;
  limit5hUsd: number | null;
  dailyLimitUsd: number | null;
  limitWeeklyUsd: number | null;
  limitMonthlyUsd: number | null;
  circuitBreakerFailureThreshold: number;
  circuitBreakerOpenDuration: number;
  circuitBreakerHalfOpenSuccessThreshold: number;
  firstByteTimeout: number;
  idleTimeout: number;
  requestTimeout: number;
  maxRetryAttempts: number | null;
  proxyUrl: string | null;
  proxyFallbackToDirect: boolean;
}

export type BreakerStatus = 'closed' | 'open' | 'half_open';

export interface ProviderHealth {
  id: number;
  name: string;
  enabled: boolean;
  reachable: boolean;
  status?: BreakerStatus;
  consecutiveFailures?: number;
  failureThreshold?: number;
  reopenAt?: string | null;
  activeSessions?: number;
  recent?: { requests: number; failures: number; errorRate: number | null; avgLatencyMs: number | null };
}

export interface ChainEntry {
  providerId: number;
  providerName: string;
  reason: string;
  attempt: number;
  modelSent?: string;
  outcome: 'success' | 'failure' | 'client_error' | 'aborted';
  statusCode?: number;
  category?: string;
  error?: string;
  startedAt: number;
  durationMs: number;
  ttfbMs?: number;
  /** How the provider's outbound proxy was used; absent without one. */
  proxy?: { address: string; outcome: 'tunnelled' | 'failed' | 'fell_back_to_direct'; error?: string };
}

export interface LogRow {
  id: number;
  requestId: string;
  createdAt: string;
  userId: number | null;
  userName: string | null;
  keyId: number | null;
  keyName: string | null;
  sessionId: string | null;
  providerId: number | null;
  endpoint: string;
  clientFormat: string | null;
  providerFormat: string | null;
  modelRequested: string | null;
  modelSent: string | null;
  stream: boolean;
  statusCode: number;
  errorCategory: string | null;
  errorMessage: string | null;
  blockedBy: string | null;
  /** The limit that refused a 429 (`rpm`, `daily`, …, `authThrottle`). */
  limitName: string | null;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWrite5mTokens: number;
  cacheWrite1hTokens: number;
  reasoningTokens: number;
  costUsd: number;
  priceMissing: boolean;
  durationMs: number | null;
  ttfbMs: number | null;
  providerChain: ChainEntry[];
  userAgent: string | null;
  clientIp: string | null;
}

export interface LogPage {
  logs: LogRow[];
  nextCursor: string | null;
}

export interface UsageSums {
  requests: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
}

export interface DayUsage extends UsageSums {
  day: string;
}

export type OverviewRange = '1d' | '7d' | '30d' | '90d';

export interface Overview {
  range: OverviewRange;
  totals: { requests: number; errors: number; inputTokens: number; outputTokens: number; costUsd: number; errorRate: number };
  activeSessions: number;
  series: DayUsage[];
}

export type LeaderboardPeriod = 'daily' | 'weekly' | 'monthly';
export type LeaderboardDimension = 'user' | 'key' | 'provider' | 'model';

export interface LeaderboardEntry extends UsageSums {
  id: number | string | null;
  name: string | null;
}

export interface Leaderboard {
  period: LeaderboardPeriod;
  by: LeaderboardDimension;
  from: string;
  entries: LeaderboardEntry[];
}
