// Every proxied request leaves one request-log row (SPEC §6.2), rejected ones included, with its cost
// computed from the usage the provider reported and the price table (§6.1).
import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { flushOutboxes } from './support/outbox.ts';
import { openDatabase } from '../worker/src/db/client.ts';
import { requestLog } from '../worker/src/db/schema/request-log.ts';
import { callGateway, gatewayOrigin, scriptMock } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

let key = '';
let userId = 0;
let provider: SeededProvider;
const multiplier = 1.5;
const usage = { input: 1000, output: 200, cacheRead: 300, cacheWrite5m: 100, cacheWrite1h: 40 };
// Per million tokens, from the shipped table: input, output, 5 m write, 1 h write, read.
const prices: Record<string, [number, number, number, number, number]> = {
  'claude-sonnet-4-5': [3, 15, 3.75, 6, 0.3],
  'claude-haiku-4-5': [1, 5, 1.25, 2, 0.1],
};

beforeAll(async () => {
  const group = uniqueName('log');
  const user = await seedUser({ providerGroup: group });
  userId = user.id;
  key = await seedKey(user.id);
  provider = await seedProvider('claude', { groupTag: group, costMultiplier: multiplier });
  await seedProvider('claude', { groupTag: uniqueName('elsewhere') });
});

async function rowsOf(where: Parameters<typeof eq>): Promise<(typeof requestLog.$inferSelect)[]> {
  await flushOutboxes();
  const database = openDatabase({ url: env.DATABASE_URL, wsProxy: env.NEON_WS_PROXY });
  try {
    return await database.db.select().from(requestLog).where(eq(...where));
  } finally {
    await database.close();
  }
}

function ask(model: string, stream: boolean, headers: Record<string, string> = { 'x-api-key': key }) {
  return callGateway(
    new Request(`${gatewayOrigin}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'claude-cli/2.0.1', 'cf-connecting-ip': '192.0.2.7', ...headers },
      body: JSON.stringify({ model, stream, max_tokens: 64, messages: [{ role: 'user', content: 'count me' }] }),
    }),
  );
}

describe('request log', () => {
  it('records every served request with tokens and a cost that adds up to the independent total', async () => {
    await scriptMock({ match: { apiKey: provider.apiKey }, always: true, usage });
    const plan = Array.from({ length: 24 }, (_, i) => ({ model: i % 3 === 0 ? 'claude-haiku-4-5' : 'claude-sonnet-4-5', stream: i % 2 === 0 }));
    for (const { model, stream } of plan) {
      const response = await ask(model, stream);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const rows = await rowsOf([requestLog.userId, userId]);
    expect(rows).toHaveLength(plan.length);
    const expected = plan.reduce((sum, { model }) => {
      const [input, output, write5m, write1h, read] = prices[model] ?? [0, 0, 0, 0, 0];
      const tokens = usage.input * input + usage.output * output + usage.cacheWrite5m * write5m + usage.cacheWrite1h * write1h + usage.cacheRead * read;
      return sum + (tokens / 1e6) * multiplier;
    }, 0);
    const logged = rows.reduce((sum, r) => sum + r.costUsd, 0);
    expect(Math.abs(logged - expected)).toBeLessThan(1e-9);
    const first = rows[0];
    expect(first).toMatchObject({
      keyId: expect.any(Number),
      providerId: provider.id,
      clientFormat: 'anthropic',
      providerFormat: 'anthropic',
      inputTokens: usage.input,
      outputTokens: usage.output,
      cacheReadTokens: usage.cacheRead,
      cacheWrite5mTokens: usage.cacheWrite5m,
      cacheWrite1hTokens: usage.cacheWrite1h,
      statusCode: 200,
      priceMissing: false,
      userAgent: 'claude-cli/2.0.1',
      clientIp: '192.0.2.7',
      blockedBy: null,
    });
    expect(first?.providerChain).toEqual([expect.objectContaining({ providerId: provider.id, outcome: 'success' })]);
  });

  it('flags a model without a price and logs it at cost 0', async () => {
    const response = await ask('claude-unknown-model-9', false);
    expect(response.status).toBe(200);
    const rows = (await rowsOf([requestLog.userId, userId])).filter((r) => r.modelRequested === 'claude-unknown-model-9');
    expect(rows).toEqual([expect.objectContaining({ costUsd: 0, priceMissing: true })]);
  });

  it('records refused requests: bad keys, and no provider for the user', async () => {
    const refused = await ask('claude-sonnet-4-5', false, { 'x-api-key': 'cch_not_a_real_key_for_logging_test' });
    expect(refused.status).toBe(401);
    const refusedId = refused.headers.get('x-request-id') ?? '';
    const stranded = await seedKey((await seedUser({ providerGroup: uniqueName('nobody') })).id);
    const none = await ask('claude-sonnet-4-5', false, { 'x-api-key': stranded });
    expect(none.status).toBe(503);
    const noneId = none.headers.get('x-request-id') ?? '';
    const rows = await rowsOf([requestLog.statusCode, 401]);
    const auth = rows.find((r) => r.requestId === refusedId);
    expect(auth).toMatchObject({ blockedBy: 'auth', keyId: null, userId: null, errorMessage: 'Invalid API key' });
    const noProvider = (await rowsOf([requestLog.statusCode, 503])).find((r) => r.requestId === noneId);
    expect(noProvider).toMatchObject({ blockedBy: 'no_provider', providerId: null, keyId: expect.any(Number) });
    expect(noProvider?.errorMessage).toMatch(/^No available provider found/);
  });
});
