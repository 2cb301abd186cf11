// User and key limits through the worker (§5, §3.2): exact RPM under 200 parallel requests, concurrent
// sessions, a status pushed to the Limiter beating a cached principal, the ENABLE_RATE_LIMIT switch and
// fail-open when a Limiter cannot be reached.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Limiter } from '../durable-objects/limiter/limiter.ts';
import { limiterStub } from '../durable-objects/limiter/stub.ts';
import worker from '../worker/src/index.ts';
import { openDatabase } from '../worker/src/db/client.ts';
import { keys } from '../worker/src/db/schema/keys.ts';
import { callGateway, gatewayOrigin, scriptMock, settle } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName } from './support/seed.ts';

type KeyFields = Parameters<typeof seedKey>[1];

interface Setup {
  key: string;
  keyId: number;
  userId: number;
  providerKey: string;
}

async function keyIdOf(userId: number): Promise<number> {
  const { db, close } = openDatabase({ url: env.DATABASE_URL, wsProxy: env.NEON_WS_PROXY });
  try {
    const [row] = await db.select({ id: keys.id }).from(keys).where(eq(keys.userId, userId));
    if (row === undefined) throw new Error('key not found');
    return row.id;
  } finally {
    await close();
  }
}

/** A user of its own group with one claude provider and one key with the given limits. */
async function setup(keyFields: KeyFields = {}): Promise<Setup> {
  const group = uniqueName('lim');
  const user = await seedUser({ providerGroup: group });
  const provider = await seedProvider('claude', { groupTag: group });
  const key = await seedKey(user.id, keyFields);
  return { key, keyId: await keyIdOf(user.id), userId: user.id, providerKey: provider.apiKey };
}

function messageRequest(key: string, headers: Record<string, string> = {}, body = ''): Request {
  return new Request(`${gatewayOrigin}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01', ...headers },
    body: body || JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hello' }] }),
  });
}

const send = (key: string, headers: Record<string, string> = {}) => callGateway(messageRequest(key, headers));

/** The gateway with other bindings or vars; each env object has its own parsed config. */
function gatewayWith(overrides: Record<string, unknown>) {
  const custom = { ...env, UPSTASH_REDIS_REST_URL: '', UPSTASH_REDIS_REST_TOKEN: '', ...overrides } as typeof env;
  return async (request: Request) => {
    const ctx = createExecutionContext();
    const response = await worker.fetch(request, custom, ctx);
    await response.arrayBuffer();
    await waitOnExecutionContext(ctx);
    return response;
  };
}

const s: Record<string, Setup> = {};

beforeAll(async () => {
  s.rpm = await setup({ rpmLimit: 100 });
  s.sessions = await setup({ limitConcurrentSessions: 3 });
  s.status = await setup();
  s.switchedOff = await setup({ rpmLimit: 1 });
  s.failOpen = await setup({ rpmLimit: 1 });
  s.spend = await setup({ dailyLimitUsd: 1 });
});

afterEach(() => vi.restoreAllMocks());

describe('limits', () => {
  it('admits exactly 100 of 200 simultaneous requests against an RPM of 100; the rest get 429 with the headers', async () => {
    const setup = s.rpm as Setup;
    // Caches the principal without spending a request: a bad body is refused after authentication.
    expect((await callGateway(messageRequest(setup.key, {}, 'not json'))).status).toBe(400);
    const responses = await Promise.all(Array.from({ length: 200 }, () => send(setup.key)));
    const refused = responses.filter((r) => r.status === 429);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(100);
    expect(refused).toHaveLength(100);
    const first = refused[0] as Response;
    expect(first.headers.get('x-ratelimit-limit')).toBe('100');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    expect(Number(first.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = await first.json<{ type: string; error: { type: string; message: string } }>();
    expect(body.type).toBe('error');
    expect(body.error.message).toMatch(/^Rate limit exceeded: 100\/100 requests per minute, resets \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    await Promise.all(responses.filter((r) => !r.bodyUsed).map((r) => r.arrayBuffer()));
    await settle();
  });

  it('refuses a fourth new session at limitConcurrentSessions 3 while the three active ones keep working', async () => {
    const key = (s.sessions as Setup).key;
    for (const session of ['a', 'b', 'c']) {
      const response = await send(key, { 'x-claude-code-session-id': session });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const fourth = await send(key, { 'x-claude-code-session-id': 'd' });
    expect(fourth.status).toBe(429);
    expect((await fourth.json<{ error: { message: string } }>()).error.message).toContain('3/3 concurrent sessions');
    for (const session of ['a', 'b', 'c']) {
      const response = await send(key, { 'x-claude-code-session-id': session });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    await settle();
  });

  it('refuses the very next request once the key is disabled through its Limiter, although the principal is cached', async () => {
    const setup = s.status as Setup;
    const first = await send(setup.key);
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    await limiterStub(env, 'key', setup.keyId).setStatus({ enabled: false, expiresAt: null });
    const refused = await send(setup.key);
    expect(refused.status).toBe(401);
    expect((await refused.json<{ error: { message: string } }>()).error.message).toMatch(/^Key is disabled/);
    await limiterStub(env, 'key', setup.keyId).setStatus({ enabled: true, expiresAt: null });
    await limiterStub(env, 'user', setup.userId).setStatus({ enabled: false, expiresAt: null });
    const userRefused = await send(setup.key);
    expect(userRefused.status).toBe(401);
    expect((await userRefused.json<{ error: { message: string } }>()).error.message).toMatch(/^User is disabled/);
    await settle();
  });

  it('charges the finished request’s cost to the daily window and refuses the next one once it is spent', async () => {
    const setup = s.spend as Setup;
    // 1M input tokens of claude-sonnet-4-5 at 3 USD per million.
    await scriptMock({ match: { apiKey: setup.providerKey }, times: 1, usage: { input: 1_000_000, output: 0 } });
    const first = await send(setup.key);
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    await settle();
    const refused = await send(setup.key);
    expect(refused.status).toBe(429);
    const message = (await refused.json<{ error: { message: string } }>()).error.message;
    expect(message).toMatch(/^Rate limit exceeded: daily spend 3\.00\/1\.00 USD, resets \d{4}-\d\d-\d\dT00:00:00Z/);
    expect(refused.headers.get('x-ratelimit-limit')).toBe('1.00');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0.00');
  });

  it('applies no limit when ENABLE_RATE_LIMIT is false', async () => {
    const call = gatewayWith({ ENABLE_RATE_LIMIT: 'false' });
    const key = (s.switchedOff as Setup).key;
    for (let i = 0; i < 3; i++) expect((await call(messageRequest(key))).status).toBe(200);
    expect((await send(key)).status).toBe(200);
    expect((await send(key)).status).toBe(429);
  });

  it('lets the request through and logs Rate limit skipped (fail-open) when a Limiter throws', async () => {
    const warn = vi.spyOn(console, 'warn');
    const broken = {
      idFromName: (name: string) => env.LIMITER.idFromName(name),
      get: () => ({
        admit: () => Promise.reject(new Error('limiter unreachable')),
        settle: () => Promise.reject(new Error('limiter unreachable')),
      }),
    } as unknown as DurableObjectNamespace<Limiter>;
    const call = gatewayWith({ LIMITER: broken });
    const key = (s.failOpen as Setup).key;
    for (let i = 0; i < 2; i++) expect((await call(messageRequest(key))).status).toBe(200);
    const lines = warn.mock.calls.map((args) => String(args[0]));
    expect(lines.some((line) => line.includes('"msg":"Rate limit skipped (fail-open)"'))).toBe(true);
  });
});
