// What happens once a proxied request is over (stream end, cancel or error), exactly once and after
// the client has its answer: bind the session to the provider that served it, settle the provider
// gates (breaker outcome, sessions) and the limiters (cost), and record the request with its provider
// chain. (The durable request log will take this record; for now it is a log line.)
import { computeCost } from '../billing/compute-cost.ts';
import { findPrice } from '../billing/find-price.ts';
import { seedPrices } from '../billing/seed-prices.ts';
import type { Cache } from '../cache/shared-cache.ts';
import { sessionBindingKey } from '../cache/cache-keys.ts';
import type { Usage } from '../formats/ir/usage.ts';
import type { Logger } from '../log.ts';
import { settleLimits, type LimitAdmission, type LimitsContext } from './admit-limits.ts';
import type { ChainEntry } from './provider-chain.ts';
import type { ProviderGates } from './provider-gates.ts';
import type { StreamEnd } from './relay-stream.ts';

export interface RequestRecord {
  requestId: string;
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
}

export interface FinalizeDeps {
  cache: Cache;
  log: Logger;
  sessionTtl: number;
  gates?: ProviderGates;
  limits?: { admission: LimitAdmission; ctx: LimitsContext };
}

/** Billing uses the model the client asked for (§4.4); the DB price table replaces seedPrices later. */
function costOf(record: RequestRecord): number {
  if (record.usage === undefined || record.modelRequested === undefined) return 0;
  return computeCost(record.usage, findPrice(record.modelRequested, seedPrices), record.costMultiplier ?? 1).costUsd;
}

export async function finalizeRequest(record: RequestRecord, deps: FinalizeDeps): Promise<void> {
  const served = record.end?.kind === 'completed' && record.providerId !== undefined && record.statusCode < 400;
  const costUsd = costOf(record);
  const servedBy = record.end !== undefined && record.providerId !== undefined ? { providerId: record.providerId, end: record.end, costUsd } : undefined;
  await Promise.all([
    served && record.providerId !== undefined
      ? deps.cache.set(sessionBindingKey(record.keyId, record.sessionId), record.providerId, deps.sessionTtl)
      : undefined,
    deps.gates?.settle({ chain: record.providerChain, ...(servedBy ? { served: servedBy } : {}) }),
    deps.limits ? settleLimits(deps.limits.admission, { costUsd, sessionId: record.sessionId }, deps.limits.ctx) : undefined,
  ]);
  deps.log.info('Request finished', {
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
