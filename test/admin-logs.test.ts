// The request log and statistics in the admin API, over rows written through the outbox.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { outboxStub } from '../durable-objects/log-outbox/stub.ts';
import type { LogRow } from '../worker/src/request-log/log-row.ts';
import { adminCall, type ErrorBody } from './admin-helpers.ts';
import { seedUser } from './support/seed.ts';

interface LogPage {
  logs: { id: number; requestId: string; userId: number; statusCode: number; providerChain: unknown[] }[];
  nextCursor: string | null;
}

async function writeRows(userId: number, count: number): Promise<LogRow[]> {
  const rows: LogRow[] = Array.from({ length: count }, (_, i) => ({
    requestId: `req_${crypto.randomUUID().replaceAll('-', '')}`,
    createdAt: Date.now() - i * 1000,
    userId,
    keyId: 1,
    providerId: null,
    endpoint: '/v1/messages',
    clientFormat: 'anthropic',
    modelRequested: 'claude-sonnet-4-5',
    statusCode: i === 0 ? 529 : 200,
    inputTokens: 1000,
    outputTokens: 100,
    costUsd: 0.5,
    sessionId: `s-${userId}`,
    providerChain: [{ providerId: 9, outcome: i === 0 ? 'failure' : 'success' }],
  }));
  const stub = outboxStub(env, 1);
  await stub.append(rows);
  expect((await stub.flush()).pending).toBe(0);
  return rows;
}

describe('admin logs and statistics', () => {
  it('filters the log by user and pages through it with a cursor, newest first', async () => {
    const user = await seedUser();
    const rows = await writeRows(user.id, 5);
    const first = await adminCall<LogPage>('GET', `/logs?userId=${user.id}&limit=3`);
    expect(first.status).toBe(200);
    expect(first.body.logs.map((l) => l.requestId)).toEqual(rows.slice(0, 3).map((r) => r.requestId));
    expect(first.body.nextCursor).not.toBeNull();
    const second = await adminCall<LogPage>('GET', `/logs?userId=${user.id}&limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.logs).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();
    const failed = await adminCall<LogPage>('GET', `/logs?userId=${user.id}&status=529`);
    expect(failed.body.logs).toHaveLength(1);
    const detail = await adminCall<LogPage['logs'][number]>('GET', `/logs/${failed.body.logs[0]?.id}`);
    expect(detail.body.providerChain).toEqual([{ providerId: 9, outcome: 'failure' }]);
  });

  it('rejects bad filters with the failing field', async () => {
    const bad = await adminCall<ErrorBody>('GET', '/logs?status=abc&limit=1000');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details?.fields ?? {}).sort()).toEqual(['limit', 'status']);
  });

  it('ranks users by cost on the leaderboard and sums the overview from the rollups', async () => {
    const user = await seedUser();
    await writeRows(user.id, 4);
    const board = await adminCall<{ entries: { id: number; name: string; requests: number; errors: number; costUsd: number }[] }>(
      'GET',
      '/stats/leaderboard?period=monthly&by=user&limit=100',
    );
    expect(board.status).toBe(200);
    expect(board.body.entries.find((e) => e.id === user.id)).toEqual({
      id: user.id,
      name: user.name,
      requests: 4,
      errors: 1,
      inputTokens: 4000,
      outputTokens: 400,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      costUsd: 2,
    });
    const overview = await adminCall<{ totals: { requests: number; costUsd: number; errorRate: number }; series: unknown[]; activeSessions: number }>('GET', '/stats/overview?range=7d');
    expect(overview.status).toBe(200);
    expect(overview.body.totals.requests).toBeGreaterThanOrEqual(4);
    expect(overview.body.activeSessions).toBeGreaterThanOrEqual(1);
    expect(overview.body.series.length).toBeGreaterThanOrEqual(1);
  });
});
