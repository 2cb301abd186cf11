// What happens once a proxied request is over (stream end, cancel or error), exactly once and after
// the client has its answer: price it, bind the session to the provider that served it, settle the
// provider gates (breaker outcome, sessions) and the limiters (cost), and hand the request-log row,
// with its provider chain, to the outbox.
import { computeCost } from '../billing/compute-cost.ts';
import { findPrice } from '../billing/find-price.ts';
import type { ModelPrice } from '../billing/model-price.ts';
import { seedPrices } from '../billing/seed-prices.ts';
import type { Env } from '../env.ts';
import { recordRequest } from '../request-log/record-request.ts';
import { servedRow, type RowContext } from './request-log-row.ts';
import type { Cache } from '../cache/shared-cache.ts';
import { sessionBindingKey } from '../cache/cache-keys.ts';
import type { Usage } from '../formats/ir/usage.ts';
import type { Logger } from '../log.ts';
import type { RuntimeSettings } from '../settings/runtime-settings.ts';
import type { LimitAdmission, LimitsContext } from './admit-limits.ts';
import { settleSpend } from './settle-spend.ts';
import type { ChainEntry } from './provider-chain.ts';
import type { ProviderGates } from './provider-gates.ts';
import type { StreamEnd } from './relay-stream.ts';

export interface RequestRecord {
  requestId: string;
  context: RowContext;
  providerFormat?: string | undefined;
  keyId: number;
  userId: number;
  sessionId: string;
  endpoint: string;
  clientFormat: string;
  modelRequested: string | undefined;
  stream: boolean;
  statusCode: number;
  providerId: number | undefined;
  /** The serving provider's costMultiplier (§6.1). */
  costMultiplier?: number;
  providerChain: ChainEntry[];
  startedAt: number;
  end?: StreamEnd;
  usage?: Usage | undefined;
  errorMessage?: string;
  blockedBy?: 'no_provider';
}

export interface FinalizeDeps {
  env: Env;
  /** The price table in force (cached); the shipped table if it cannot be read. */
  prices: () => Promise<ModelPrice[]>;
  cache: Cache;
  log: Logger;
  /** The system settings the request was admitted under: billing model source, spend alert share. */
  settings: RuntimeSettings;
  sessionTtl: number;
  gates?: ProviderGates;
  limits?: { admission: LimitAdmission; ctx: LimitsContext };
}

/**
 * A binding is written again at most this often per isolate while it stays the same, so a session's
 * requests do not each cost a Redis write; its expiry lags the session's last request by at most this.
 */
function bindingQuietSeconds(sessionTtl: number): number {
  return Math.min(30, Math.floor(sessionTtl / 10));
}

/**
 * The model whose price bills the request (§4.4): the one the client asked for, or with the setting
 * `redirected` the one the serving provider was sent after its model redirect.
 */
export function billedModel(
  record: Pick<RequestRecord, 'modelRequested' | 'providerId' | 'providerChain'>,
  source: RuntimeSettings['billingModelSource'],
): string | undefined {
  if (source === 'redirected') {
    const sent = record.providerChain.findLast((entry) => entry.providerId === record.providerId)?.modelSent;
    if (sent !== undefined) return sent;
  }
  return record.modelRequested;
}

/** A request without usage costs nothing. */
async function costOf(record: RequestRecord, deps: FinalizeDeps): Promise<{ costUsd: number; priceMissing: boolean }> {
  const model = billedModel(record, deps.settings.billingModelSource);
  if (record.usage === undefined || model === undefined) return { costUsd: 0, priceMissing: false };
  const prices = await deps.prices().catch((error: unknown) => {
    deps.log.warn('Price table unavailable; using the shipped prices', { error: error instanceof Error ? error.message : String(error) });
    return seedPrices;
  });
  return computeCost(record.usage, findPrice(model, prices), record.costMultiplier ?? 1);
}

export async function finalizeRequest(record: RequestRecord, deps: FinalizeDeps): Promise<void> {
  const served = record.end?.kind === 'completed' && record.providerId !== undefined && record.statusCode < 400;
  const { costUsd, priceMissing } = await costOf(record, deps);
  const servedBy = record.end !== undefined && record.providerId !== undefined ? { providerId: record.providerId, end: record.end, costUsd } : undefined;
  await Promise.all([
    served && record.providerId !== undefined
      ? deps.cache.refresh(sessionBindingKey(record.keyId, record.sessionId), record.providerId, deps.sessionTtl, bindingQuietSeconds(deps.sessionTtl))
      : undefined,
    deps.gates?.settle({ chain: record.providerChain, ...(servedBy ? { served: servedBy } : {}) }),
    deps.limits ? settleSpend(deps.limits, { costUsd, sessionId: record.sessionId }, deps) : undefined,
  ]);
  const row = servedRow(record.context, { ...record, usage: record.usage, costUsd, priceMissing });
  await recordRequest(deps.env, row, deps.log);
  deps.log.debug('Request finished', {
    keyId: record.keyId,
    userId: record.userId,
    sessionId: record.sessionId,
    providerId: record.providerId,
    endpoint: record.endpoint,
    model: record.modelRequested,
    stream: record.stream,
    statusCode: record.statusCode,
    end: record.end?.kind,
    usage: record.usage,
    costUsd,
    durationMs: Date.now() - record.startedAt,
    providerChain: record.providerChain,
    ...(record.errorMessage ? { error: record.errorMessage } : {}),
  });
}
