// The ProviderGate Durable Object (§4.6) in workerd: the breaker opening after failures, OPEN →
// HALF-OPEN by its alarm, closing after successful trials, the admin reset, the shared breaker
// snapshot and the smart probe request.
import { env, runDurableObjectAlarm } from 'cloudflare:test';
import { testGatePolicy } from '../durable-objects/provider-gate/test-policy.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BREAKER_POLICY, type ProviderGatePolicy } from '../durable-objects/provider-gate/gate-policy.ts';
import { runProbe } from '../durable-objects/provider-gate/run-probe.ts';
import { providerGateStub } from '../durable-objects/provider-gate/stub.ts';
import { breakerSnapshotKey } from '../worker/src/cache/cache-keys.ts';
import { createCache } from '../worker/src/cache/shared-cache.ts';
import { encryptSecret } from '../worker/src/crypto/encrypt-secret.ts';
import { createLogger } from '../worker/src/log.ts';

let nextId = 2_000_000;

const policy: ProviderGatePolicy = testGatePolicy({ halfOpenMaxConcurrent: DEFAULT_BREAKER_POLICY.halfOpenMaxConcurrent, trialTimeoutMs: DEFAULT_BREAKER_POLICY.trialTimeoutMs });

function gate() {
  const id = nextId++;
  const stub = providerGateStub(env, id);
  const provider = { id, name: `gate-${id}` };
  const attempt = async (outcome: 'success' | 'failure') => {
    const admitted = await stub.acquire({ provider, policy, sessionId: 's' });
    if (!admitted.ok) return admitted;
    await stub.settle({ outcome, costUsd: 0, sessionId: 's', trialId: admitted.trialId, latencyMs: 5 });
    return admitted;
  };
  return { id, stub, provider, attempt };
}

describe('ProviderGate', () => {
  it('opens after failureThreshold consecutive failures and refuses attempts while OPEN', async () => {
    const { stub, attempt } = gate();
    for (let i = 0; i < 3; i++) expect(await attempt('failure')).toMatchObject({ ok: true });
    expect(await attempt('success')).toMatchObject({ ok: false, reason: 'circuit_open' });
    expect(await stub.health()).toMatchObject({ status: 'open', consecutiveFailures: 3, recent: { requests: 3, failures: 3 } });
  });

  it('half-opens when its alarm runs and closes after halfOpenSuccessThreshold successful trials', async () => {
    const { stub, attempt } = gate();
    for (let i = 0; i < 3; i++) await attempt('failure');
    const reopenAt = (await stub.health())?.reopenAt;
    expect(reopenAt).toBeGreaterThan(Date.now());
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await stub.health()).toMatchObject({ status: 'half_open' });
    expect(await attempt('success')).toMatchObject({ ok: true, trialId: expect.any(String) });
    expect(await stub.health()).toMatchObject({ status: 'half_open', halfOpenSuccesses: 1 });
    await attempt('success');
    expect(await stub.health()).toMatchObject({ status: 'closed', consecutiveFailures: 0 });
  });

  it('re-opens on a failed trial while HALF-OPEN', async () => {
    const { stub, attempt } = gate();
    for (let i = 0; i < 3; i++) await attempt('failure');
    await runDurableObjectAlarm(stub);
    await attempt('failure');
    expect(await stub.health()).toMatchObject({ status: 'open' });
  });

  it('closes at once on resetCircuit', async () => {
    const { stub, attempt } = gate();
    for (let i = 0; i < 3; i++) await attempt('failure');
    await stub.resetCircuit();
    expect(await stub.health()).toMatchObject({ status: 'closed', consecutiveFailures: 0, reopenAt: null });
    expect(await attempt('success')).toMatchObject({ ok: true });
  });

  it('writes each transition to the shared breaker snapshot', async () => {
    const { id, stub, attempt } = gate();
    const cache = createCache({ url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN, namespace: env.CACHE_NAMESPACE }, createLogger('fatal'));
    for (let i = 0; i < 3; i++) await attempt('failure');
    const opened = await cache.get<Record<string, { state: string; reopenAt: number | null }>>(breakerSnapshotKey);
    expect(opened?.[String(id)]).toMatchObject({ state: 'open', reopenAt: expect.any(Number) });
    await stub.resetCircuit();
    const closed = await cache.get<Record<string, unknown>>(breakerSnapshotKey);
    expect(closed?.[String(id)]).toBeUndefined();
  });

  it('refuses a new session beyond the provider’s concurrent-session limit and admits a known one', async () => {
    const { stub, provider } = gate();
    const limited = { ...policy, limitConcurrentSessions: 1 };
    expect(await stub.acquire({ provider, policy: limited, sessionId: 'a' })).toMatchObject({ ok: true });
    expect(await stub.acquire({ provider, policy: limited, sessionId: 'b' })).toMatchObject({ ok: false, reason: 'concurrency' });
    expect(await stub.acquire({ provider, policy: limited, sessionId: 'a' })).toMatchObject({ ok: true });
  });
});

describe('smart probe', () => {
  const target = async (baseUrl: string) => ({
    type: 'claude' as const,
    baseUrl,
    apiKeyEncrypted: await encryptSecret('sk-probe', env.ENCRYPTION_KEY),
    customHeaders: {},
  });
  const config = { ENCRYPTION_KEY: env.ENCRYPTION_KEY, timeoutMs: 2_000 };

  it('succeeds when the provider answers its model listing', async () => {
    expect(await runProbe(await target(env.MOCK_UPSTREAM_URL), config)).toEqual({ ok: true, status: 200 });
  });

  it('fails without throwing when the provider does not answer its listing', async () => {
    expect(await runProbe(await target(`${env.MOCK_UPSTREAM_URL}/nowhere`), config)).toEqual({ ok: false, status: 404, error: 'probe returned 404' });
  });

  async function openGateWithProbe(baseUrl: string) {
    const { stub, provider } = gate();
    const probe = { target: await target(baseUrl), intervalMs: 1_000, timeoutMs: 2_000 };
    for (let i = 0; i < 3; i++) {
      const admitted = await stub.acquire({ provider, policy, sessionId: 's', probe });
      await stub.settle({ outcome: 'failure', costUsd: 0, sessionId: 's', trialId: admitted.ok ? admitted.trialId : null });
    }
    return stub;
  }

  it('half-opens an OPEN provider from its alarm when the probe succeeds, long before the open time is over', async () => {
    const stub = await openGateWithProbe(env.MOCK_UPSTREAM_URL);
    expect(await stub.health()).toMatchObject({ status: 'open' });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await stub.health()).toMatchObject({ status: 'half_open', consecutiveFailures: 3 });
  });

  it('keeps a provider OPEN without counting a failed probe, and probes again at the next alarm', async () => {
    const stub = await openGateWithProbe(`${env.MOCK_UPSTREAM_URL}/nowhere`);
    const before = await stub.health();
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await stub.health()).toMatchObject({ status: 'open', consecutiveFailures: 3, reopenAt: before?.reopenAt });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
  });
});
