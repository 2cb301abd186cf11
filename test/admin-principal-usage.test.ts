// GET /api/admin/users/:id/usage and /keys/:id/usage (§5, §7.2): each limit's current value, maximum
// and reset time, read from the principal's Limiter with the policy of its current row.
import { describe, expect, it } from 'vitest';
import { adminCall, unique, type ErrorBody } from './admin-helpers.ts';
import { callGateway, gatewayOrigin, scriptMock, settle } from './support/gateway.ts';
import { seedProvider } from './support/seed.ts';

interface LimitView {
  limit: string;
  unit: string;
  current: number;
  max: number | null;
  remaining: number | null;
  resetAt: string | null;
}

interface UsageAnswer {
  limits: LimitView[];
  enforced: boolean;
}

const allLimits = ['rpm', 'spend5h', 'daily', 'weekly', 'monthly', 'total', 'concurrentSessions'];

async function createUser(fields: Record<string, unknown>): Promise<number> {
  const answer = await adminCall<{ id: number }>('POST', '/users', { name: unique('usage-owner'), ...fields });
  expect(answer.status).toBe(201);
  return answer.body.id;
}

async function createKey(userId: number, fields: Record<string, unknown> = {}): Promise<{ id: number; key: string }> {
  const answer = await adminCall<{ id: number; key: string }>('POST', `/users/${userId}/keys`, { name: unique('usage-key'), ...fields });
  expect(answer.status).toBe(201);
  return answer.body;
}

async function usageOf(path: string): Promise<Map<string, LimitView>> {
  const answer = await adminCall<UsageAnswer>('GET', path);
  expect(answer.status).toBe(200);
  expect(answer.body.enforced).toBe(true);
  expect(answer.body.limits.map((l) => l.limit)).toEqual(allLimits);
  return new Map(answer.body.limits.map((l) => [l.limit, l]));
}

function at(usage: Map<string, LimitView>, limit: string): LimitView {
  const found = usage.get(limit);
  if (found === undefined) throw new Error(`no ${limit} in the answer`);
  return found;
}

function sendMessage(key: string): Promise<Response> {
  return callGateway(
    new Request(`${gatewayOrigin}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hello' }] }),
    }),
  );
}

describe('admin principal usage', () => {
  it('shows every limit at zero with the configured maximum before the first request', async () => {
    const userId = await createUser({ dailyLimitUsd: 12.5, rpmLimit: 40, limitConcurrentSessions: 2 });
    const { id: keyId } = await createKey(userId, { limitMonthlyUsd: 80, limitTotalUsd: 200 });

    const user = await usageOf(`/users/${userId}/usage`);
    expect(at(user, 'daily')).toMatchObject({ unit: 'usd', current: 0, max: 12.5, remaining: 12.5 });
    expect(at(user, 'daily').resetAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    expect(at(user, 'rpm')).toMatchObject({ unit: 'requests', current: 0, max: 40 });
    expect(at(user, 'concurrentSessions')).toMatchObject({ unit: 'sessions', current: 0, max: 2 });
    expect(at(user, 'monthly')).toMatchObject({ current: 0, max: null, remaining: null });

    const key = await usageOf(`/keys/${keyId}/usage`);
    expect(at(key, 'monthly')).toMatchObject({ current: 0, max: 80 });
    expect(at(key, 'total')).toMatchObject({ current: 0, max: 200 });
    expect(at(key, 'daily')).toMatchObject({ current: 0, max: null });
  });

  it('follows an edited limit at once, without a request in between', async () => {
    const userId = await createUser({ dailyLimitUsd: 5 });
    expect(at(await usageOf(`/users/${userId}/usage`), 'daily').max).toBe(5);
    const patched = await adminCall('PATCH', `/users/${userId}`, { dailyLimitUsd: 7, limitWeeklyUsd: 30 });
    expect(patched.status).toBe(200);
    const user = await usageOf(`/users/${userId}/usage`);
    expect(at(user, 'daily').max).toBe(7);
    expect(at(user, 'weekly').max).toBe(30);
  });

  it('rises with the cost and count of real proxied requests, for the key and its user', async () => {
    const group = unique('usage-grp');
    const provider = await seedProvider('claude', { groupTag: group });
    const userId = await createUser({ providerGroup: group, dailyLimitUsd: 100, rpmLimit: 50 });
    const { id: keyId, key } = await createKey(userId, { limitTotalUsd: 1000 });
    // 1M input tokens of claude-sonnet-4-5 at $3/M: $3 a request.
    await scriptMock({ match: { apiKey: provider.apiKey }, times: 2, usage: { input: 1_000_000, output: 0 } });
    for (let i = 0; i < 2; i++) {
      const response = await sendMessage(key);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    await settle();

    const user = await usageOf(`/users/${userId}/usage`);
    expect(at(user, 'rpm')).toMatchObject({ current: 2, max: 50 });
    expect(at(user, 'daily').current).toBeCloseTo(6, 6);
    expect(at(user, 'daily').remaining).toBeCloseTo(94, 6);
    expect(at(user, 'concurrentSessions').current).toBeGreaterThanOrEqual(1);

    const keyUsage = await usageOf(`/keys/${keyId}/usage`);
    expect(at(keyUsage, 'total').current).toBeCloseTo(6, 6);
    expect(at(keyUsage, 'total').max).toBe(1000);
    expect(at(keyUsage, 'total').resetAt).toBeNull();
    expect(at(keyUsage, 'spend5h')).toMatchObject({ max: null });
    expect(at(keyUsage, 'spend5h').current).toBeCloseTo(6, 6);
  });

  it('answers 404 for the key of a deleted user and for ids that name nothing', async () => {
    const userId = await createUser({});
    const { id: keyId } = await createKey(userId);
    expect((await adminCall('GET', `/keys/${keyId}/usage`)).status).toBe(200);
    expect((await adminCall('DELETE', `/users/${userId}`)).status).toBe(200);

    for (const path of [`/keys/${keyId}/usage`, `/users/${userId}/usage`, '/users/2147483000/usage', '/keys/2147483000/usage']) {
      const answer = await adminCall<ErrorBody>('GET', path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.error.code).toBe('not_found');
    }
  });

  it('needs the admin token', async () => {
    const answer = await adminCall<ErrorBody>('GET', '/users/1/usage', undefined, {});
    expect(answer.status).toBe(401);
  });
});
