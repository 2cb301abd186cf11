// GET /api/admin/sessions (§3.4, §7.2): sessions with a request within SESSION_TTL, from the request
// log, with who sent them, where they went and what they cost.
import { beforeAll, describe, expect, it } from 'vitest';
import { requestLog } from '../worker/src/db/schema/request-log.ts';
import { adminCall, withDatabase, type ErrorBody } from './admin-helpers.ts';
import { callGateway, gatewayOrigin, scriptMock } from './support/gateway.ts';
import { flushOutboxes } from './support/outbox.ts';
import { seedKey, seedProvider, seedUser, uniqueName } from './support/seed.ts';

interface Ref {
  id: number;
  name: string | null;
}

interface SessionRow {
  sessionId: string;
  user: Ref | null;
  key: Ref | null;
  provider: Ref | null;
  model: string | null;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  firstSeen: string;
  lastSeen: string;
}

interface Sessions {
  ttlSeconds: number;
  sessions: SessionRow[];
}

async function ask(key: string, sessionId: string, model = 'claude-sonnet-4-5'): Promise<void> {
  const response = await callGateway(
    new Request(`${gatewayOrigin}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-claude-code-session-id': sessionId },
      body: JSON.stringify({ model, max_tokens: 16, messages: [{ role: 'user', content: 'hello' }] }),
    }),
  );
  expect(response.status).toBe(200);
  await response.arrayBuffer();
}

/** A user of its own group with a claude provider that reports fixed usage. */
async function setup() {
  const group = uniqueName('sess');
  const user = await seedUser({ providerGroup: group });
  const provider = await seedProvider('claude', { groupTag: group });
  const key = await seedKey(user.id);
  await scriptMock({ match: { apiKey: provider.apiKey }, always: true, usage: { input: 100, output: 10 } });
  return { user, provider, key };
}

type Setup = Awaited<ReturnType<typeof setup>>;
let alice: Setup;
let bob: Setup;
let carol: Setup;
let dave: Setup;

// The proxy keeps its provider list for a while, so every provider exists before the first request.
beforeAll(async () => {
  [alice, bob, carol, dave] = await Promise.all([setup(), setup(), setup(), setup()]);
});

describe('active sessions', () => {
  it('lists the sessions of two users with their counts, tokens, cost and latest provider, newest first', async () => {
    const aliceSession = `alice-${crypto.randomUUID()}`;
    const bobSession = `bob-${crypto.randomUUID()}`;
    for (let i = 0; i < 3; i++) await ask(alice.key, aliceSession);
    await ask(bob.key, bobSession, 'claude-haiku-4-5');
    await ask(bob.key, bobSession);
    await flushOutboxes();

    const all = await adminCall<Sessions>('GET', '/sessions');
    expect(all.status).toBe(200);
    expect(all.body.ttlSeconds).toBe(300);
    const ids = all.body.sessions.map((s) => s.sessionId);
    expect(ids.indexOf(bobSession)).toBeLessThan(ids.indexOf(aliceSession));
    expect(ids.indexOf(bobSession)).toBeGreaterThanOrEqual(0);

    const aliceRow = all.body.sessions.find((s) => s.sessionId === aliceSession);
    expect(aliceRow).toMatchObject({
      user: { id: alice.user.id, name: alice.user.name },
      key: { id: expect.any(Number), name: expect.any(String) },
      provider: { id: alice.provider.id, name: alice.provider.name },
      model: 'claude-sonnet-4-5',
      requests: 3,
      inputTokens: 300,
      outputTokens: 30,
    });
    // claude-sonnet-4-5: 3 USD per million input, 15 per million output.
    expect(aliceRow?.costUsd).toBeCloseTo(3 * (100 * 3 + 10 * 15) / 1e6, 12);
    expect(Date.parse(aliceRow?.firstSeen ?? '')).toBeLessThanOrEqual(Date.parse(aliceRow?.lastSeen ?? ''));

    const bobOnly = await adminCall<Sessions>('GET', `/sessions?userId=${bob.user.id}`);
    expect(bobOnly.body.sessions).toEqual([
      expect.objectContaining({ sessionId: bobSession, user: { id: bob.user.id, name: bob.user.name }, model: 'claude-sonnet-4-5', requests: 2, inputTokens: 200 }),
    ]);
  });

  it('leaves out a session whose last request is older than SESSION_TTL', async () => {
    const stale = `stale-${crypto.randomUUID()}`;
    const fresh = `fresh-${crypto.randomUUID()}`;
    await withDatabase(({ db }) =>
      db.insert(requestLog).values({
        requestId: crypto.randomUUID(),
        createdAt: new Date(Date.now() - 301_000),
        userId: carol.user.id,
        sessionId: stale,
        providerId: carol.provider.id,
        endpoint: '/v1/messages',
        statusCode: 200,
      }),
    );
    await ask(carol.key, fresh);
    await flushOutboxes();
    const answer = await adminCall<Sessions>('GET', `/sessions?userId=${carol.user.id}`);
    expect(answer.body.sessions.map((s) => s.sessionId)).toEqual([fresh]);
  });

  it('counts a session’s older requests once it is active again', async () => {
    const session = `dave-${crypto.randomUUID()}`;
    const earlier = new Date(Date.now() - 3_600_000);
    await withDatabase(({ db }) =>
      db.insert(requestLog).values({ requestId: crypto.randomUUID(), createdAt: earlier, userId: dave.user.id, sessionId: session, endpoint: '/v1/messages', statusCode: 200, inputTokens: 7 }),
    );
    await ask(dave.key, session);
    await flushOutboxes();
    const answer = await adminCall<Sessions>('GET', `/sessions?userId=${dave.user.id}`);
    expect(answer.body.sessions).toEqual([expect.objectContaining({ sessionId: session, requests: 2, inputTokens: 107, firstSeen: earlier.toISOString() })]);
  });

  it('refuses a bad filter with the failing field', async () => {
    const answer = await adminCall<ErrorBody>('GET', '/sessions?userId=abc&limit=0');
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.error.details?.fields ?? {}).sort()).toEqual(['limit', 'userId']);
  });
});
