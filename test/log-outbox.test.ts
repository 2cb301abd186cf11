// The request-log outbox (SPEC §6.2): rows wait durably, are written with their rollups exactly once,
// and none is lost while Postgres is down.
import { env, runDurableObjectAlarm } from 'cloudflare:test';
import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxStub, outboxStubFor, allOutboxStubs } from '../durable-objects/log-outbox/stub.ts';
import { openDatabase } from '../worker/src/db/client.ts';
import { requestLog } from '../worker/src/db/schema/request-log.ts';
import { usageDaily } from '../worker/src/db/schema/usage-daily.ts';
import type { LogRow } from '../worker/src/request-log/log-row.ts';
import { control } from './support/control.ts';
import { seedUser } from './support/seed.ts';

afterEach(async () => {
  await control('db/start');
});

const row = (userId: number, over: Partial<LogRow> = {}): LogRow => ({
  requestId: `req_${crypto.randomUUID().replaceAll('-', '')}`,
  createdAt: Date.UTC(2026, 10, 22, 10),
  userId,
  keyId: 1,
  providerId: 1,
  endpoint: '/v1/messages',
  clientFormat: 'anthropic',
  modelRequested: 'claude-sonnet-4-5',
  statusCode: 200,
  inputTokens: 100,
  outputTokens: 20,
  costUsd: 0.000123456789,
  providerChain: [{ providerId: 1, outcome: 'success' }],
  ...over,
});

async function query<T>(run: (db: ReturnType<typeof openDatabase>['db']) => Promise<T>): Promise<T> {
  const database = openDatabase({ url: env.DATABASE_URL, wsProxy: env.NEON_WS_PROXY });
  try {
    return await run(database.db);
  } finally {
    await database.close();
  }
}

describe('LogOutbox', () => {
  it('writes rows and their daily rollups once, even when the same rows arrive and flush again', async () => {
    const userId = (await seedUser()).id; // a fresh id keeps this test's rollups apart
    const rows = [row(userId), row(userId, { statusCode: 529, inputTokens: 0, outputTokens: 0, costUsd: 0 }), row(userId, { modelRequested: 'claude-opus-4-1' })];
    const stub = outboxStub(env, 0);
    await stub.append(rows);
    expect(await stub.flush()).toEqual({ written: 3, pending: 0 });
    await stub.append(rows);
    await stub.flush();
    const ids = rows.map((r) => r.requestId);
    const logged = await query((db) => db.select().from(requestLog).where(inArray(requestLog.requestId, ids)));
    expect(logged).toHaveLength(3);
    expect(logged.find((r) => r.requestId === ids[0])?.providerChain).toEqual([{ providerId: 1, outcome: 'success' }]);
    const rollup = await query((db) =>
      db.select().from(usageDaily).where(and(eq(usageDaily.userId, userId), eq(usageDaily.model, 'claude-sonnet-4-5'))),
    );
    expect(rollup).toEqual([expect.objectContaining({ day: '2026-11-22', requests: 2, errors: 1, inputTokens: 100, outputTokens: 20 })]);
    expect(rollup[0]?.costUsd).toBeCloseTo(0.000123456789, 12);
  });

  it('keeps every row while Postgres is down and writes them all by alarm when it returns', async () => {
    const userId = (await seedUser()).id;
    const rows = Array.from({ length: 40 }, () => row(userId));
    await control('db/stop');
    for (const r of rows) await outboxStubFor(env, r.requestId).append([r]);
    const failed = await Promise.all(allOutboxStubs(env).map((stub) => stub.flush()));
    expect(failed.reduce((sum, r) => sum + r.pending, 0)).toBeGreaterThanOrEqual(40);
    expect(failed.some((r) => r.error !== undefined)).toBe(true);

    await control('db/start');
    for (const stub of allOutboxStubs(env)) await runDurableObjectAlarm(stub);
    const pending = await Promise.all(allOutboxStubs(env).map((stub) => stub.pending()));
    expect(pending).toEqual([0, 0, 0, 0]);
    const logged = await query((db) => db.select({ id: requestLog.requestId }).from(requestLog).where(eq(requestLog.userId, userId)));
    expect(logged).toHaveLength(40);
  });
});
