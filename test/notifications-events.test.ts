// The three notification events end to end (SPEC §8.3): a breaker opened by real failing upstream
// calls, a user's daily spend crossing the alert share (once), and the daily leaderboard job sending
// at its time and not twice; each delivered to a local recorder through a bound custom webhook.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usageDaily } from '../worker/src/db/schema/usage-daily.ts';
import { createLogger } from '../worker/src/log.ts';
import { sendDailyLeaderboard } from '../worker/src/notifications/daily-leaderboard.ts';
import worker from '../worker/src/index.ts';
import { adminCall, withDatabase } from './admin-helpers.ts';
import { callGateway, gatewayOrigin, scriptMock, settle } from './support/gateway.ts';
import { hookChannel, type HookChannel } from './support/webhook-channel.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

const template = '{"event":"{{event}}","title":"{{title}}","text":"{{text}}","provider":"{{provider}}","user":"{{user}}"}';
const targets: number[] = [];

async function webhookTarget(hook: HookChannel): Promise<number> {
  const answer = await adminCall<{ id: number }>('POST', '/notifications/targets', { type: 'webhook', name: uniqueName('hook'), config: { url: hook.url, bodyTemplate: template } });
  expect(answer.status).toBe(201);
  targets.push(answer.body.id);
  return answer.body.id;
}

async function bind(event: string, targetIds: number[], options?: Record<string, unknown>): Promise<void> {
  const answer = await adminCall('PUT', '/notifications/bindings', { bindings: [{ event, targetIds, ...(options ? { options } : {}) }] });
  expect(answer.status).toBe(200);
}

const bodies = (requests: { body: string }[]) => requests.map((r) => JSON.parse(r.body) as Record<string, string>);

function messageRequest(key: string): Request {
  return new Request(`${gatewayOrigin}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-claude-code-session-id': crypto.randomUUID() },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hello' }] }),
  });
}

async function ask(key: string): Promise<number> {
  const response = await callGateway(messageRequest(key));
  await response.arrayBuffer();
  await settle();
  return response.status;
}

const seeded = {} as {
  breaker: { key: string; flaky: SeededProvider };
  spend: { key: string; user: { name: string }; provider: SeededProvider };
};

beforeAll(async () => {
  const breakerGroup = uniqueName('nb');
  const breakerUser = await seedUser({ providerGroup: breakerGroup });
  const flaky = await seedProvider('claude', { groupTag: breakerGroup, priority: 0, maxRetryAttempts: 1, circuitBreakerFailureThreshold: 2, circuitBreakerOpenDuration: 60_000 });
  await seedProvider('claude', { groupTag: breakerGroup, priority: 1 });
  seeded.breaker = { key: await seedKey(breakerUser.id), flaky };
  const spendGroup = uniqueName('ns');
  const spendUser = await seedUser({ providerGroup: spendGroup, dailyLimitUsd: 10 });
  const provider = await seedProvider('claude', { groupTag: spendGroup });
  seeded.spend = { key: await seedKey(spendUser.id), user: spendUser, provider };
  expect((await adminCall('PUT', '/settings', { spendAlertThreshold: 0.8, timeZone: null })).status).toBe(200);
});

afterAll(async () => {
  await adminCall('PUT', '/notifications/bindings', {
    bindings: ['circuit_breaker_open', 'daily_leaderboard', 'spend_alert'].map((event) => ({ event, targetIds: [] })),
  });
  for (const id of targets) await adminCall('DELETE', `/notifications/targets/${id}`);
});

describe('notification events', () => {
  it('notifies the bound targets when a provider’s circuit breaker opens', async () => {
    const hook = hookChannel('breaker');
    await bind('circuit_breaker_open', [await webhookTarget(hook)]);
    const { key, flaky } = seeded.breaker;
    await scriptMock({ match: { apiKey: flaky.apiKey }, times: 2, status: 500, errorMessage: 'upstream exploded' });
    expect(await ask(key)).toBe(200);
    expect(await hook.recorded()).toEqual([]);
    expect(await ask(key)).toBe(200);
    const [sent] = bodies(await hook.waitFor(1));
    expect(sent).toEqual({
      event: 'circuit_breaker_open',
      title: `Circuit breaker is OPEN for provider ${flaky.name}`,
      text: expect.stringMatching(new RegExp(`^Provider ${flaky.name} failed 2 times in a row and is skipped\\.\\nIt is tried again \\(HALF-OPEN\\) at \\d{4}-`)),
      provider: flaky.name,
      user: '',
    });
  });

  it('sends a spend alert once when a user’s daily spend crosses 80 % of the limit', async () => {
    const hook = hookChannel('spend');
    await bind('spend_alert', [await webhookTarget(hook)]);
    const { key, user, provider } = seeded.spend;
    // 1M input tokens of claude-sonnet-4-5 at 3 USD per million: 3, 6, 9, then 12 USD spent today.
    await scriptMock({ match: { apiKey: provider.apiKey }, times: 5, usage: { input: 1_000_000, output: 0 } });
    for (let i = 0; i < 2; i++) expect(await ask(key)).toBe(200);
    expect(await hook.recorded()).toEqual([]);
    expect(await ask(key)).toBe(200);
    const sent = bodies(await hook.recorded());
    expect(sent).toEqual([
      {
        event: 'spend_alert',
        title: `Spend alert: User ${user.name} reached 90% of its daily limit`,
        text: expect.stringMatching(new RegExp(`^User ${user.name} has spent \\$9\\.00 of its daily limit of \\$10\\.00 \\(alert at 80%\\)\\.\\nThe window resets at `)),
        provider: '',
        user: user.name,
      },
    ]);
    expect(await ask(key)).toBe(200);
    expect(await ask(key)).toBe(429);
    expect(await hook.recorded()).toHaveLength(1);
  });

  it('sends the daily leaderboard at its local time, once a day', async () => {
    const hook = hookChannel('board');
    await bind('daily_leaderboard', [await webhookTarget(hook)], { time: '09:30' });
    const [small, big] = [await seedUser(), await seedUser()];
    await withDatabase(({ db }) =>
      db.insert(usageDaily).values([
        { day: '2031-03-04', userId: small.id, requests: 3, costUsd: 1.25 },
        { day: '2031-03-04', userId: big.id, requests: 5, costUsd: 7.5, model: 'a' },
        { day: '2031-03-04', userId: big.id, requests: 1, costUsd: 0.5, model: 'b' },
        { day: '2031-03-05', userId: small.id, requests: 99, costUsd: 99 },
      ]),
    );
    const log = createLogger('error');
    await sendDailyLeaderboard(env, log, Date.parse('2031-03-05T09:29:00Z'));
    expect(await hook.recorded()).toEqual([]);
    await sendDailyLeaderboard(env, log, Date.parse('2031-03-05T09:30:00Z'));
    await sendDailyLeaderboard(env, log, Date.parse('2031-03-05T09:31:00Z'));
    await sendDailyLeaderboard(env, log, Date.parse('2031-03-05T23:59:00Z'));
    const sent = bodies(await hook.recorded());
    expect(sent).toEqual([
      {
        event: 'daily_leaderboard',
        title: 'Daily leaderboard 2031-03-04',
        text: `1. ${big.name}: $8.00 (6 requests)\n2. ${small.name}: $1.25 (3 requests)`,
        provider: '',
        user: '',
      },
    ]);
    await sendDailyLeaderboard(env, log, Date.parse('2031-03-06T09:30:00Z'));
    expect(bodies(await hook.recorded())[1]).toMatchObject({ title: 'Daily leaderboard 2031-03-05', text: `1. ${small.name}: $99.00 (99 requests)` });
  });

  it('runs the leaderboard from the every-minute cron', async () => {
    const hook = hookChannel('cron');
    await bind('daily_leaderboard', [await webhookTarget(hook)], { time: '00:00' });
    for (let i = 0; i < 2; i++) {
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ cron: '* * * * *', scheduledTime: Date.now() }), env, ctx);
      await waitOnExecutionContext(ctx);
    }
    const sent = bodies(await hook.recorded());
    expect(sent).toHaveLength(1);
    expect(sent[0]?.title).toMatch(/^Daily leaderboard \d{4}-\d\d-\d\d$/);
  });
});
