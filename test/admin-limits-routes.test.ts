// The admin routes of the Durable Objects (§7.2): provider health, the circuit reset button and the
// spend resets, mounted here on a small app the way /api/admin mounts them behind admin auth.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LimitPolicy } from '../durable-objects/limiter/limit-policy.ts';
import { limiterStub } from '../durable-objects/limiter/stub.ts';
import { providerGateStub } from '../durable-objects/provider-gate/stub.ts';
import { setAdminActor } from '../worker/src/admin-auth/admin-actor.ts';
import type { AppEnv } from '../worker/src/app-env.ts';
import { closeRequestDatabase } from '../worker/src/db/request-database.ts';
import { ProxyError } from '../worker/src/errors.ts';
import { requestContext } from '../worker/src/middleware/request-context.ts';
import { limitsResetRoutes } from '../worker/src/routes/admin/limits-reset.ts';
import { testPolicy } from '../durable-objects/limiter/test-policy.ts';
import { testGatePolicy } from '../durable-objects/provider-gate/test-policy.ts';
import { providerHealthRoutes } from '../worker/src/routes/admin/provider-health.ts';
import { seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

const app = new Hono<AppEnv>();
app.use('*', requestContext);
app.use('*', closeRequestDatabase);
app.use('*', async (c, next) => {
  setAdminActor(c, 'token');
  await next();
});
app.route('/api/admin', providerHealthRoutes);
app.route('/api/admin', limitsResetRoutes);
app.onError((error, c) => c.json({ message: error.message }, error instanceof ProxyError ? (error.status as 404) : 500));

async function call(method: string, path: string): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await app.request(`http://admin.test${path}`, { method }, { ...env, UPSTASH_REDIS_REST_URL: '', UPSTASH_REDIS_REST_TOKEN: '' }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

const breakerPolicy = testGatePolicy({ failureThreshold: 1, halfOpenSuccessThreshold: 1, trialTimeoutMs: 60_000 });

let provider: SeededProvider;

beforeAll(async () => {
  provider = await seedProvider('claude', { groupTag: uniqueName('adm'), circuitBreakerFailureThreshold: 1 });
});

describe('admin routes of the Durable Objects', () => {
  it('shows an OPEN provider’s state, failure count, reopening time and error rate, and closes it on reset', async () => {
    const gate = providerGateStub(env, provider.id);
    const admitted = await gate.acquire({ provider: { id: provider.id, name: provider.name }, policy: breakerPolicy, sessionId: 's' });
    expect(admitted.ok).toBe(true);
    await gate.settle({ outcome: 'failure', costUsd: 0, sessionId: 's', latencyMs: 10 });

    const health = await (await call('GET', '/api/admin/providers/health')).json<{ providers: Array<Record<string, unknown>> }>();
    const row = health.providers.find((p) => p.id === provider.id);
    expect(row).toMatchObject({ name: provider.name, reachable: true, status: 'open', consecutiveFailures: 1, recent: { requests: 1, errorRate: 1 } });
    expect(Date.parse(String(row?.reopenAt))).toBeGreaterThan(Date.now());

    const reset = await call('POST', `/api/admin/providers/${provider.id}/circuit/reset`);
    expect(reset.status).toBe(200);
    expect(await gate.health()).toMatchObject({ status: 'closed', consecutiveFailures: 0 });
  });

  it('answers 404 when resetting the circuit of an unknown provider', async () => {
    expect((await call('POST', '/api/admin/providers/99999999/circuit/reset')).status).toBe(404);
  });

  it('empties a user’s spend windows on POST /users/:id/limits/reset', async () => {
    const user = await seedUser();
    const policy: LimitPolicy = testPolicy({ limitTotalUsd: 1 });
    const limiter = limiterStub(env, 'user', user.id);
    await limiter.admit({ policy, sessionId: 's' });
    await limiter.settle({ costUsd: 2, sessionId: 's', reservationId: null });
    expect(await limiter.admit({ policy, sessionId: 's' })).toMatchObject({ ok: false, limit: 'total' });

    const response = await call('POST', `/api/admin/users/${user.id}/limits/reset`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: user.id, reset: true });
    expect(await limiter.admit({ policy, sessionId: 's' })).toMatchObject({ ok: true });
  });

  it('answers 404 when resetting the limits of an unknown key', async () => {
    expect((await call('POST', '/api/admin/keys/99999999/limits/reset')).status).toBe(404);
  });
});
