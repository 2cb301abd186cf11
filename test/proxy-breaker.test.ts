// The provider gates through the worker (§4.3, §4.6): real failing upstream calls open the breaker,
// the OPEN provider is skipped, its alarm half-opens it and successful requests close it again; a
// provider's session limit makes it ineligible; an unreachable gate fails open.
import { SELF, createExecutionContext, env, runDurableObjectAlarm, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProviderGate } from '../durable-objects/provider-gate/provider-gate.ts';
import { providerGateStub } from '../durable-objects/provider-gate/stub.ts';
import worker from '../worker/src/index.ts';
import { callGateway, gatewayOrigin, mockRequests, scriptMock, settle } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

let key = '';
let flaky: SeededProvider;
let backup: SeededProvider;
let limitedKey = '';
let limited: SeededProvider;
let failOpenKey = '';

async function groupWith(fields: Parameters<typeof seedProvider>[1]): Promise<{ key: string; provider: SeededProvider }> {
  const group = uniqueName('gate');
  const user = await seedUser({ providerGroup: group });
  const provider = await seedProvider('claude', { groupTag: group, ...fields });
  return { key: await seedKey(user.id), provider };
}

beforeAll(async () => {
  const group = uniqueName('cb');
  const user = await seedUser({ providerGroup: group });
  flaky = await seedProvider('claude', {
    groupTag: group,
    priority: 0,
    maxRetryAttempts: 1,
    circuitBreakerFailureThreshold: 3,
    circuitBreakerOpenDuration: 60_000,
    circuitBreakerHalfOpenSuccessThreshold: 2,
  });
  backup = await seedProvider('claude', { groupTag: group, priority: 1 });
  key = await seedKey(user.id);
  ({ key: limitedKey, provider: limited } = await groupWith({ limitConcurrentSessions: 1 }));
  ({ key: failOpenKey } = await groupWith({}));
});

afterEach(() => vi.restoreAllMocks());

function messageRequest(clientKey: string, sessionId: string): Request {
  return new Request(`${gatewayOrigin}/v1/messages`, {
    method: 'POST',
    headers: {
      'x-api-key': clientKey,
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
      'x-claude-code-session-id': sessionId,
    },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hello' }] }),
  });
}

/** The breaker as admins see it: GET /api/admin/providers/health through the real admin API. */
async function adminHealth(providerId: number): Promise<Record<string, unknown> | undefined> {
  const response = await SELF.fetch('http://gateway/api/admin/providers/health', { headers: { authorization: `Bearer ${env.ADMIN_TOKEN}` } });
  const body = await response.json<{ providers: Record<string, unknown>[] }>();
  return body.providers.find((p) => p.id === providerId);
}

/** Each request its own session by default, so no session binding steers selection. */
async function ask(clientKey = key, sessionId: string = crypto.randomUUID()): Promise<Response> {
  const response = await callGateway(messageRequest(clientKey, sessionId));
  const body = await response.text();
  await settle();
  return new Response(body, response);
}

describe('provider gates', () => {
  it('opens after failing upstream calls, skips the provider while OPEN, and closes after its alarm and two successes', async () => {
    const warn = vi.spyOn(console, 'warn');
    await scriptMock({ match: { apiKey: flaky.apiKey }, times: 3, status: 500, errorMessage: 'upstream exploded' });
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    expect(await mockRequests(flaky.apiKey)).toHaveLength(3);
    expect(await mockRequests(backup.apiKey)).toHaveLength(3);
    const logged = warn.mock.calls.map((args) => String(args[0]));
    expect(logged.some((line) => line.includes(`"msg":"Circuit breaker is OPEN for provider ${flaky.name}"`))).toBe(true);

    const gate = providerGateStub(env, flaky.id);
    expect(await gate.health()).toMatchObject({ status: 'open', consecutiveFailures: 3 });
    expect(JSON.stringify(await adminHealth(flaky.id))).toContain('"open"');
    expect((await ask()).status).toBe(200);
    expect(await mockRequests(flaky.apiKey)).toHaveLength(3);
    expect(await mockRequests(backup.apiKey)).toHaveLength(4);

    expect(await runDurableObjectAlarm(gate)).toBe(true);
    expect(await gate.health()).toMatchObject({ status: 'half_open' });
    for (let i = 0; i < 2; i++) expect((await ask()).status).toBe(200);
    expect(await mockRequests(flaky.apiKey)).toHaveLength(5);
    expect(await gate.health()).toMatchObject({ status: 'closed', consecutiveFailures: 0 });
    expect(JSON.stringify(await adminHealth(flaky.id))).toContain('"closed"');
  });

  it('makes a provider at its concurrent-session limit ineligible, saying why', async () => {
    expect((await ask(limitedKey, 'first')).status).toBe(200);
    const refused = await ask(limitedKey, 'second');
    expect(refused.status).toBe(503);
    const message = (await refused.json<{ error: { message: string } }>()).error.message;
    expect(message).toContain('No available provider found');
    expect(message).toContain(`${limited.name}: 1/1 concurrent sessions`);
    expect((await ask(limitedKey, 'first')).status).toBe(200);
  });

  it('treats a provider whose gate cannot be reached as available, and logs it', async () => {
    const warn = vi.spyOn(console, 'warn');
    const broken = {
      idFromName: (name: string) => env.PROVIDER_GATE.idFromName(name),
      get: () => ({
        acquire: () => Promise.reject(new Error('gate unreachable')),
        settle: () => Promise.reject(new Error('gate unreachable')),
      }),
    } as unknown as DurableObjectNamespace<ProviderGate>;
    const custom = { ...env, UPSTASH_REDIS_REST_URL: '', UPSTASH_REDIS_REST_TOKEN: '', PROVIDER_GATE: broken } as typeof env;
    const ctx = createExecutionContext();
    const response = await worker.fetch(messageRequest(failOpenKey, 'fo'), custom, ctx);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    await waitOnExecutionContext(ctx);
    const lines = warn.mock.calls.map((args) => String(args[0]));
    expect(lines.some((line) => line.includes('"msg":"Provider gate skipped (fail-open)"'))).toBe(true);
  });
});
