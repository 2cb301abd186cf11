// GET /v1/usage: what a key holder has spent and what remains of each limit.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { flushOutboxes } from './support/outbox.ts';
import { callGateway, gatewayOrigin, scriptMock } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

let key = '';
let provider: SeededProvider;

beforeAll(async () => {
  const group = uniqueName('usage');
  const user = await seedUser({ providerGroup: group, dailyLimitUsd: 10, rpmLimit: 50 });
  key = await seedKey(user.id, { limitMonthlyUsd: 100 });
  provider = await seedProvider('claude', { groupTag: group });
});

interface LimitView {
  limit: string;
  current: number;
  max: number | null;
  remaining: number | null;
  resetAt: string | null;
}

interface UsageView {
  key: { limits: LimitView[] };
  user: { limits: LimitView[] };
  usage: { today: { requests: number; costUsd: number; inputTokens: number }; month: { requests: number } };
}

describe('GET /v1/usage', () => {
  it('shows the caller’s spend today and this month and what remains of each limit', async () => {
    await scriptMock({ match: { apiKey: provider.apiKey }, always: true, usage: { input: 100_000, output: 10_000 } });
    for (let i = 0; i < 2; i++) {
      const response = await callGateway(
        new Request(`${gatewayOrigin}/v1/messages`, {
          method: 'POST',
          headers: { 'x-api-key': key, 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'spend' }] }),
        }),
      );
      expect(response.status).toBe(200);
    }
    await flushOutboxes();
    const answer = await callGateway(new Request(`${gatewayOrigin}/v1/usage`, { headers: { authorization: `Bearer ${key}` } }));
    expect(answer.status).toBe(200);
    const body = await answer.json<UsageView>();
    // 100k input at $3/M and 10k output at $15/M, twice.
    expect(body.usage.today).toMatchObject({ requests: 2, inputTokens: 200_000 });
    expect(body.usage.today.costUsd).toBeCloseTo(0.9, 9);
    expect(body.usage.month.requests).toBe(2);
    const daily = body.user.limits.find((l) => l.limit === 'daily');
    expect(daily).toMatchObject({ max: 10, remaining: expect.any(Number) });
    expect(daily?.current).toBeCloseTo(0.9, 6);
    expect(daily?.resetAt).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(body.key.limits.find((l) => l.limit === 'monthly')).toMatchObject({ max: 100 });
  });

  it('needs a valid key', async () => {
    const answer = await callGateway(new Request(`${gatewayOrigin}/v1/usage`));
    expect(answer.status).toBe(401);
  });
});
