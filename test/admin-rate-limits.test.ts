// GET /api/admin/stats/rate-limits (§5, §7.2): real 429s from the Limiter objects and from failed-login
// throttling are logged with the limit that refused them, and reported by type, by user and over time.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestLog } from '../worker/src/db/schema/request-log.ts';
import { adminCall, freshIp, withDatabase, type ErrorBody } from './admin-helpers.ts';
import { callGateway, gatewayOrigin, scriptMock } from './support/gateway.ts';
import { flushOutboxes } from './support/outbox.ts';
import { seedKey, seedProvider, seedUser, uniqueName } from './support/seed.ts';

interface TypeRow {
  limit: string;
  events: number;
  users: number;
  lastAt: string;
}

interface UserRow {
  user: { id: number; name: string | null } | null;
  events: number;
  byType: Record<string, number>;
  lastAt: string;
}

interface RateLimits {
  range: string;
  from: string;
  bucket: 'hour' | 'day';
  totals: { events: number; users: number };
  byType: TypeRow[];
  byUser: UserRow[];
  series: { bucket: string; total: number; byType: Record<string, number> }[];
}

function ask(key: string, ip = '192.0.2.10'): Promise<Response> {
  return callGateway(
    new Request(`${gatewayOrigin}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'cf-connecting-ip': ip },
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hello' }] }),
    }),
  );
}

async function status(key: string, ip?: string): Promise<number> {
  const response = await ask(key, ip);
  await response.arrayBuffer();
  return response.status;
}

/** A user of its own group with one claude provider and one key with the given limits. */
async function setup(keyFields: Parameters<typeof seedKey>[1]) {
  const group = uniqueName('rl');
  const user = await seedUser({ providerGroup: group });
  const provider = await seedProvider('claude', { groupTag: group });
  const key = await seedKey(user.id, keyFields);
  return { user, provider, key };
}

type Setup = Awaited<ReturnType<typeof setup>>;
let rpm: Setup;
let spend: Setup;

beforeAll(async () => {
  [rpm, spend] = await Promise.all([setup({ rpmLimit: 1 }), setup({ dailyLimitUsd: 1 })]);
});

async function limitNamesOf(userId: number): Promise<(string | null)[]> {
  return withDatabase(async ({ db }) => {
    const rows = await db.select({ limitName: requestLog.limitName, status: requestLog.statusCode }).from(requestLog).where(eq(requestLog.userId, userId));
    return rows.filter((r) => r.status === 429).map((r) => r.limitName);
  });
}

describe('rate-limit events', () => {
  it('logs which limit refused each 429 and reports the events by type, by user and over time', async () => {
    // RPM 1: the first request passes, the next two are refused within the minute.
    expect([await status(rpm.key), await status(rpm.key), await status(rpm.key)]).toEqual([200, 429, 429]);
    // 1M input tokens of claude-sonnet-4-5 cost 3 USD against a daily limit of 1 USD.
    await scriptMock({ match: { apiKey: spend.provider.apiKey }, times: 1, usage: { input: 1_000_000, output: 0 } });
    expect(await status(spend.key)).toBe(200);
    await flushOutboxes();
    expect(await status(spend.key)).toBe(429);
    // Failed logins from one address: after 20 failures the next attempt is throttled.
    const ip = freshIp();
    for (let i = 0; i < 20; i++) expect(await status(`cch_${'x'.repeat(40)}`, ip)).toBe(401);
    expect(await status(`cch_${'x'.repeat(40)}`, ip)).toBe(429);
    await flushOutboxes();

    expect(await limitNamesOf(rpm.user.id)).toEqual(['rpm', 'rpm']);
    expect(await limitNamesOf(spend.user.id)).toEqual(['daily']);

    const answer = await adminCall<RateLimits>('GET', '/stats/rate-limits?range=1d');
    expect(answer.status).toBe(200);
    const { body } = answer;
    expect(body).toMatchObject({ range: '1d', bucket: 'hour' });
    const typeOf = (limit: string) => body.byType.find((t) => t.limit === limit);
    expect(typeOf('rpm')?.events).toBeGreaterThanOrEqual(2);
    expect(typeOf('rpm')?.users).toBeGreaterThanOrEqual(1);
    expect(typeOf('daily')?.events).toBeGreaterThanOrEqual(1);
    expect(typeOf('authThrottle')?.events).toBeGreaterThanOrEqual(1);

    expect(body.byUser.find((u) => u.user?.id === rpm.user.id)).toMatchObject({ user: { id: rpm.user.id, name: rpm.user.name }, events: 2, byType: { rpm: 2 } });
    expect(body.byUser.find((u) => u.user?.id === spend.user.id)).toMatchObject({ events: 1, byType: { daily: 1 } });
    expect(body.byUser.find((u) => u.user === null)?.byType.authThrottle).toBeGreaterThanOrEqual(1);

    expect(body.series).toHaveLength(24);
    expect(body.series.reduce((sum, p) => sum + p.total, 0)).toBe(body.totals.events);
    expect(body.byType.reduce((sum, t) => sum + t.events, 0)).toBe(body.totals.events);
    expect(body.series.reduce((sum, p) => sum + (p.byType.rpm ?? 0), 0)).toBe(typeOf('rpm')?.events);
  });

  it('buckets longer ranges by day', async () => {
    const answer = await adminCall<RateLimits>('GET', '/stats/rate-limits?range=7d');
    expect(answer.body.bucket).toBe('day');
    expect(answer.body.series).toHaveLength(7);
    expect(answer.body.series.map((p) => p.bucket)).toEqual([...answer.body.series.map((p) => p.bucket)].sort());
    expect(answer.body.series.reduce((sum, p) => sum + (p.byType.rpm ?? 0), 0)).toBe(answer.body.byType.find((t) => t.limit === 'rpm')?.events);
  });

  it('refuses an unknown range with the failing field', async () => {
    const answer = await adminCall<ErrorBody>('GET', '/stats/rate-limits?range=2d');
    expect(answer.status).toBe(400);
    expect(answer.body.error.details?.fields).toHaveProperty('range');
  });
});
