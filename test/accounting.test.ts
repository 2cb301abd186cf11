// Exact accounting (SPEC §6): a scripted mix of 1,000 requests — streaming and not, several users,
// providers and models, some failing — costs in the log add up to the total computed independently
// from the mock's usage and the price table; a Postgres outage during a burst loses no row; cleanup
// removes old log rows and keeps the rollups.
import { env } from 'cloudflare:test';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allOutboxStubs } from '../durable-objects/log-outbox/stub.ts';
import { flushOutboxes } from './support/outbox.ts';
import { openDatabase } from '../worker/src/db/client.ts';
import { requestLog } from '../worker/src/db/schema/request-log.ts';
import { systemSettings } from '../worker/src/db/schema/system-settings.ts';
import { usageDaily } from '../worker/src/db/schema/usage-daily.ts';
import { cleanupLogs } from '../worker/src/jobs/daily-jobs.ts';
import { createLogger } from '../worker/src/log.ts';
import type { LogRow } from '../worker/src/request-log/log-row.ts';
import { control } from './support/control.ts';
import { callGateway, gatewayOrigin, scriptMock } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName } from './support/seed.ts';

type Usage = { input: number; output: number; cacheRead: number; cacheWrite5m: number; cacheWrite1h: number };
// Shipped prices per million tokens: input, output, 5 m write, 1 h write, read.
const prices: Record<string, [number, number, number, number, number]> = {
  'claude-sonnet-4-5': [3, 15, 3.75, 6, 0.3],
  'claude-haiku-4-5': [1, 5, 1.25, 2, 0.1],
  'claude-opus-4-1': [15, 75, 18.75, 30, 1.5],
};

interface Tenant {
  name: string;
  key: string;
  userId: number;
  /** Usage and cost multiplier of the provider that serves this tenant; undefined: every request fails. */
  served?: { usage: Usage; multiplier: number };
}

const tenants: Tenant[] = [];

async function database<T>(run: (db: ReturnType<typeof openDatabase>['db']) => Promise<T>): Promise<T> {
  const handle = openDatabase({ url: env.DATABASE_URL, wsProxy: env.NEON_WS_PROXY });
  try {
    return await run(handle.db);
  } finally {
    await handle.close();
  }
}

async function tenant(name: string, providers: { type: 'claude' | 'openai-compatible'; usage?: Usage; multiplier?: number; status?: number; priority?: number }[], served?: Tenant['served']) {
  const group = uniqueName(name);
  const user = await seedUser({ providerGroup: group });
  const key = await seedKey(user.id);
  for (const p of providers) {
    const seeded = await seedProvider(p.type, { groupTag: group, costMultiplier: p.multiplier ?? 1, priority: p.priority ?? 0, maxRetryAttempts: 1 });
    await scriptMock({ match: { apiKey: seeded.apiKey }, always: true, ...(p.usage ? { usage: p.usage } : {}), ...(p.status ? { status: p.status } : {}) });
  }
  const entry: Tenant = { name, key, userId: user.id, ...(served ? { served } : {}) };
  tenants.push(entry);
  return entry;
}

function cost(usage: Usage, model: string, multiplier: number): number {
  const [input, output, write5m, write1h, read] = prices[model] ?? [0, 0, 0, 0, 0];
  const total = usage.input * input + usage.output * output + usage.cacheWrite5m * write5m + usage.cacheWrite1h * write1h + usage.cacheRead * read;
  return (total / 1e6) * multiplier;
}


function ask(key: string, model: string, stream: boolean): Promise<Response> {
  return callGateway(
    new Request(`${gatewayOrigin}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      body: JSON.stringify({ model, stream, max_tokens: 64, messages: [{ role: 'user', content: 'account for me' }] }),
    }),
  );
}

async function runAll<T>(jobs: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await (jobs[index] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

let burst: Tenant;

beforeAll(async () => {
  const u1 = { input: 1200, output: 340, cacheRead: 5000, cacheWrite5m: 800, cacheWrite1h: 0 };
  const u2 = { input: 700, output: 90, cacheRead: 300, cacheWrite5m: 0, cacheWrite1h: 0 };
  const u3 = { input: 50, output: 2000, cacheRead: 0, cacheWrite5m: 100, cacheWrite1h: 60 };
  await tenant('acct-claude', [{ type: 'claude', usage: u1 }], { usage: u1, multiplier: 1 });
  // Served in another format: the usage is read from OpenAI's shape and priced the same way.
  await tenant('acct-openai', [{ type: 'openai-compatible', usage: u2, multiplier: 1.25 }], { usage: u2, multiplier: 1.25 });
  // The first provider always fails with 529; the backup serves.
  await tenant('acct-failover', [{ type: 'claude', status: 529 }, { type: 'claude', usage: u3, multiplier: 2, priority: 1 }], { usage: u3, multiplier: 2 });
  // Every request fails: logged at cost 0.
  await tenant('acct-failing', [{ type: 'claude', status: 400 }]);
  burst = await tenant('acct-burst', [{ type: 'claude', usage: u1 }], { usage: u1, multiplier: 1 });
  tenants.pop();
});

afterAll(async () => {
  await control('db/start');
});

describe('accounting', () => {
  it('logs 1,000 mixed requests whose costs add up to the independent total within 1e-9 USD', async () => {
    const models = Object.keys(prices);
    const plan = Array.from({ length: 1000 }, (_, i) => ({
      tenant: tenants[i % tenants.length] as Tenant,
      model: models[i % models.length] as string,
      stream: i % 3 !== 0,
    }));
    const statuses = await runAll(
      plan.map(({ tenant: t, model, stream }) => async () => {
        const response = await ask(t.key, model, stream);
        await response.arrayBuffer();
        return response.status;
      }),
      8,
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(750);
    expect(statuses.filter((s) => s === 400)).toHaveLength(250);
    await flushOutboxes();

    const expected = plan.reduce((sum, { tenant: t, model }) => sum + (t.served ? cost(t.served.usage, model, t.served.multiplier) : 0), 0);
    const rows = await database((db) =>
      db.select({ costUsd: requestLog.costUsd, statusCode: requestLog.statusCode }).from(requestLog).where(inArray(requestLog.userId, tenants.map((t) => t.userId))),
    );
    expect(rows).toHaveLength(1000);
    const logged = rows.reduce((sum, r) => sum + r.costUsd, 0);
    expect(Math.abs(logged - expected)).toBeLessThan(1e-9);
    const rollups = await database((db) => db.select({ costUsd: usageDaily.costUsd, requests: usageDaily.requests }).from(usageDaily).where(inArray(usageDaily.userId, tenants.map((t) => t.userId))));
    expect(rollups.reduce((sum, r) => sum + r.requests, 0)).toBe(1000);
    expect(Math.abs(rollups.reduce((sum, r) => sum + r.costUsd, 0) - expected)).toBeLessThan(1e-9);
  }, 120_000);

  it('loses no row when Postgres stops during a burst and comes back', async () => {
    const jobs = Array.from({ length: 120 }, (_, i) => async () => {
      if (i === 40) await control('db/stop');
      if (i === 90) await control('db/start');
      const response = await ask(burst.key, 'claude-sonnet-4-5', i % 2 === 0);
      await response.arrayBuffer();
      return response.status;
    });
    // Warm the caches first, as a running gateway's would be.
    expect((await ask(burst.key, 'claude-sonnet-4-5', false)).status).toBe(200);
    const statuses = await runAll(jobs, 4);
    expect(statuses.every((s) => s === 200)).toBe(true);
    await control('db/start');
    await flushOutboxes();
    const rows = await database((db) => db.select({ id: requestLog.requestId }).from(requestLog).where(eq(requestLog.userId, burst.userId)));
    expect(rows).toHaveLength(121);
  }, 120_000);

  it('cleans up log rows past the retention and keeps the rollups', async () => {
    const user = await seedUser();
    const old = Date.now() - 40 * 86_400_000;
    const rows: LogRow[] = [old, Date.now()].map((createdAt) => ({
      requestId: `req_${crypto.randomUUID().replaceAll('-', '')}`,
      createdAt,
      userId: user.id,
      endpoint: '/v1/messages',
      statusCode: 200,
      costUsd: 1,
      providerChain: [],
    }));
    await allOutboxStubs(env)[0]?.append(rows);
    await flushOutboxes();
    await database((db) => db.insert(systemSettings).values({ id: 1, enableAutoCleanup: true, cleanupRetentionDays: 30 }).onConflictDoUpdate({ target: systemSettings.id, set: { enableAutoCleanup: true, cleanupRetentionDays: 30 } }));
    try {
      await cleanupLogs(env, createLogger('warn'));
    } finally {
      await database((db) => db.update(systemSettings).set({ enableAutoCleanup: false }).where(eq(systemSettings.id, 1)));
    }
    const left = await database((db) => db.select({ createdAt: requestLog.createdAt }).from(requestLog).where(eq(requestLog.userId, user.id)));
    expect(left).toHaveLength(1);
    const rollups = await database((db) => db.select().from(usageDaily).where(eq(usageDaily.userId, user.id)));
    expect(rollups.reduce((sum, r) => sum + r.requests, 0)).toBe(2);
  });
});
