// The providers' side of selection and accounting (§4.3, §4.6): the breaker snapshot that marks OPEN
// providers unavailable, one acquire RPC at the chosen provider's gate before its first attempt, and
// once the request is over one settle per acquired gate with its outcome for the breaker.
import type { AcquireResult } from '../../../durable-objects/provider-gate/acquire.ts';
import { openBreakers, type BreakerSnapshot } from '../../../durable-objects/provider-gate/breaker-snapshot.ts';
import type { Outcome } from '../../../durable-objects/provider-gate/circuit-breaker.ts';
import { DEFAULT_BREAKER_POLICY, type ProviderGatePolicy } from '../../../durable-objects/provider-gate/gate-policy.ts';
import type { ProbeSettings } from '../../../durable-objects/provider-gate/run-probe.ts';
import { callProviderGate, type ProviderGateBinding } from '../../../durable-objects/provider-gate/stub.ts';
import { breakerSnapshotKey } from '../cache/cache-keys.ts';
import type { Cache } from '../cache/shared-cache.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { ChainEntry } from './provider-chain.ts';
import type { ProviderRuntime } from './provider-snapshot.ts';
import type { StreamEnd } from './relay-stream.ts';

type GateConfig = Pick<Config, 'SESSION_TTL' | 'ENABLE_SMART_PROBING' | 'PROBE_INTERVAL_MS' | 'PROBE_TIMEOUT_MS' | 'ENABLE_CIRCUIT_BREAKER_ON_NETWORK_ERRORS'>;

export type ProviderAdmission = { ok: true } | { ok: false; reason: string };

export interface RequestEnd {
  chain: readonly ChainEntry[];
  /** The provider whose answer the client got, with how its stream ended. */
  served?: { providerId: number; end: StreamEnd | undefined; costUsd: number };
}

export interface ProviderGates {
  acquire(provider: ProviderRuntime): Promise<ProviderAdmission>;
  settle(end: RequestEnd): Promise<void>;
}

/** `timeZone` is the zone of the provider's daily, weekly and monthly spend windows: the system setting, else TZ. */
export function gatePolicyOf(provider: ProviderRuntime, config: Pick<Config, 'SESSION_TTL'>, timeZone: string): ProviderGatePolicy {
  return {
    ...DEFAULT_BREAKER_POLICY,
    failureThreshold: provider.circuitBreakerFailureThreshold,
    openDurationMs: provider.circuitBreakerOpenDuration,
    halfOpenSuccessThreshold: provider.circuitBreakerHalfOpenSuccessThreshold,
    trialTimeoutMs: Math.max(provider.requestTimeout, DEFAULT_BREAKER_POLICY.trialTimeoutMs),
    limitConcurrentSessions: provider.limitConcurrentSessions,
    limit5hUsd: provider.limit5hUsd,
    dailyLimitUsd: provider.dailyLimitUsd,
    limitWeeklyUsd: provider.limitWeeklyUsd,
    limitMonthlyUsd: provider.limitMonthlyUsd,
    timeZone,
    sessionTtlSeconds: config.SESSION_TTL,
  };
}

// A missing snapshot (no breaker has left CLOSED yet) is not cached by the shared cache; remembering
// it briefly per isolate spares every request a Redis round trip. Gates stay authoritative meanwhile.
const missingSnapshotMemoMs = 5_000;
let snapshotMissingUntil = 0;

/** Providers selection must skip because their breaker is OPEN, from the shared snapshot. */
export async function readOpenBreakers(cache: Cache, now = Date.now()): Promise<Map<number, string>> {
  if (now < snapshotMissingUntil) return new Map();
  const snapshot = await cache.get<BreakerSnapshot>(breakerSnapshotKey);
  if (snapshot === undefined) snapshotMissingUntil = now + missingSnapshotMemoMs;
  return openBreakers(snapshot, now);
}

/** One outcome per provider per request (§4.5): a served answer is a success unless its stream broke. */
export function gateOutcome(providerId: number, end: RequestEnd, breakerOnNetworkErrors: boolean): Outcome {
  if (end.served?.providerId === providerId) {
    const kind = end.served.end?.kind;
    if (kind === 'upstream_error') return 'failure';
    if (kind === 'idle_timeout') return breakerOnNetworkErrors ? 'failure' : 'neutral';
    return 'success';
  }
  const counted = end.chain.some(
    (e) => e.providerId === providerId && (e.category === 'PROVIDER_ERROR' || (e.category === 'SYSTEM_ERROR' && breakerOnNetworkErrors)),
  );
  return counted ? 'failure' : 'neutral';
}

function probeSettingsOf(provider: ProviderRuntime, config: GateConfig): ProbeSettings {
  const { type, baseUrl, apiKeyEncrypted, customHeaders, proxyUrl } = provider;
  const proxy = proxyUrl ? { url: proxyUrl, passwordEncrypted: provider.proxyPasswordEncrypted ?? null, fallbackToDirect: provider.proxyFallbackToDirect ?? false } : undefined;
  return {
    target: { type, baseUrl, apiKeyEncrypted, customHeaders, ...(proxy === undefined ? {} : { proxy }) },
    intervalMs: config.PROBE_INTERVAL_MS,
    timeoutMs: config.PROBE_TIMEOUT_MS,
  };
}

interface Acquired {
  provider: ProviderRuntime;
  policy: ProviderGatePolicy;
  trialId: string | null;
}

export function createProviderGates(
  env: ProviderGateBinding,
  ctx: { config: GateConfig; timeZone: string; log: Logger; sessionId: string },
): ProviderGates {
  const acquired = new Map<number, Acquired>();
  return {
    async acquire(provider) {
      const policy = gatePolicyOf(provider, ctx.config, ctx.timeZone);
      const probe = ctx.config.ENABLE_SMART_PROBING ? probeSettingsOf(provider, ctx.config) : undefined;
      const input = { provider: { id: provider.id, name: provider.name }, policy, sessionId: ctx.sessionId, ...(probe ? { probe } : {}) };
      const result = await callProviderGate(env, provider.id, async (stub): Promise<AcquireResult> => await stub.acquire(input), ctx.log);
      if (result === undefined) return { ok: true };
      if (!result.ok) return { ok: false, reason: result.detail };
      acquired.set(provider.id, { provider, policy, trialId: result.trialId });
      return { ok: true };
    },
    async settle(end) {
      const breakerOnNetwork = ctx.config.ENABLE_CIRCUIT_BREAKER_ON_NETWORK_ERRORS;
      await Promise.all(
        [...acquired.values()].map(({ provider, policy, trialId }) => {
          const served = end.served?.providerId === provider.id;
          const latencyMs = end.chain.findLast((e) => e.providerId === provider.id && e.outcome === 'success')?.ttfbMs ?? null;
          const settlement = {
            outcome: gateOutcome(provider.id, end, breakerOnNetwork),
            costUsd: served ? (end.served?.costUsd ?? 0) : 0,
            sessionId: ctx.sessionId,
            trialId,
            latencyMs,
            policy,
          };
          return callProviderGate(env, provider.id, async (stub): Promise<{ ok: boolean }> => await stub.settle(settlement), ctx.log);
        }),
      );
    },
  };
}
