// The request-log row of a proxied request (SPEC §6.2), served or rejected: every field the log keeps,
// from what the pipeline learned on the way.
import type { ProxyError } from '../errors.ts';
import type { Usage } from '../formats/ir/usage.ts';
import type { blockedByReasons } from '../db/schema/request-log.ts';
import type { LogRow } from '../request-log/log-row.ts';
import type { ChainEntry } from './provider-chain.ts';

export interface RowContext {
  requestId: string;
  startedAt: number;
  endpoint: string;
  clientFormat: string | undefined;
  userAgent: string | null;
  clientIp: string;
}

export interface ServedFields {
  keyId: number;
  userId: number;
  sessionId: string;
  providerId: number | undefined;
  providerFormat?: string | undefined;
  modelRequested: string | undefined;
  stream: boolean;
  statusCode: number;
  providerChain: ChainEntry[];
  usage: Usage | undefined;
  costUsd: number;
  priceMissing: boolean;
  errorMessage?: string | undefined;
  blockedBy?: (typeof blockedByReasons)[number] | undefined;
}

function base(context: RowContext, now: number): Pick<LogRow, 'requestId' | 'createdAt' | 'endpoint' | 'clientFormat' | 'userAgent' | 'clientIp' | 'durationMs'> {
  return {
    requestId: context.requestId,
    createdAt: context.startedAt,
    endpoint: context.endpoint,
    clientFormat: context.clientFormat ?? null,
    userAgent: context.userAgent,
    clientIp: context.clientIp,
    durationMs: now - context.startedAt,
  };
}

export function servedRow(context: RowContext, fields: ServedFields, now = Date.now()): LogRow {
  const served = fields.providerChain.findLast((entry) => entry.outcome === 'success');
  const failed = fields.providerChain.findLast((entry) => entry.outcome !== 'success');
  const usage = fields.usage;
  return {
    ...base(context, now),
    userId: fields.userId,
    keyId: fields.keyId,
    sessionId: fields.sessionId,
    providerId: fields.providerId ?? null,
    providerFormat: fields.providerFormat ?? null,
    modelRequested: fields.modelRequested ?? null,
    modelSent: (served ?? failed)?.modelSent ?? null,
    stream: fields.stream,
    statusCode: fields.statusCode,
    errorCategory: fields.statusCode >= 400 ? (failed?.category ?? null) : null,
    errorMessage: fields.errorMessage ?? (fields.statusCode >= 400 ? (failed?.error ?? null) : null),
    blockedBy: fields.blockedBy ?? null,
    inputTokens: usage?.inputTokens ?? 0,
    outputTokens: usage?.outputTokens ?? 0,
    cacheWrite5mTokens: usage?.cacheWrite5mTokens ?? 0,
    cacheWrite1hTokens: usage?.cacheWrite1hTokens ?? 0,
    cacheReadTokens: usage?.cacheReadTokens ?? 0,
    reasoningTokens: usage?.reasoningTokens ?? 0,
    costUsd: fields.costUsd,
    priceMissing: fields.priceMissing,
    ttfbMs: served?.ttfbMs ?? null,
    providerChain: fields.providerChain,
  };
}

/** Which guard refused a request, from the error it raised. */
export function blockedByOf(error: ProxyError): ServedFields['blockedBy'] {
  if (error.kind === 'unauthorized' || error.code === 'auth_throttled') return 'auth';
  if (error.kind === 'rate_limited') return 'rate_limit';
  if (error.code === 'no_available_provider') return 'no_provider';
  if (error.code === 'sensitive_content') return 'sensitive_word';
  if (error.kind === 'bad_request' || error.kind === 'payload_too_large') return 'validation';
  return undefined;
}

/** Which limit refused a 429: the Limiter's limit name, or `authThrottle` for failed-login throttling. */
export function limitNameOf(error: ProxyError): string | undefined {
  if (error.kind !== 'rate_limited') return undefined;
  if (error.code === 'auth_throttled') return 'authThrottle';
  return error.limitName;
}

/** A request refused before it reached a provider; who sent it is known once authentication passed. */
export function rejectedRow(
  context: RowContext,
  error: ProxyError,
  known: { keyId?: number; userId?: number; sessionId?: string; modelRequested?: string | undefined; stream?: boolean },
  now = Date.now(),
): LogRow {
  return {
    ...base(context, now),
    userId: known.userId ?? null,
    keyId: known.keyId ?? null,
    sessionId: known.sessionId ?? null,
    modelRequested: known.modelRequested ?? null,
    stream: known.stream ?? false,
    statusCode: error.status,
    errorMessage: error.message,
    blockedBy: blockedByOf(error) ?? null,
    limitName: limitNameOf(error) ?? null,
    providerChain: [],
  };
}
