// The sensitive-word guard (SPEC §8.1) in every client format: user-authored text that breaks a rule is
// refused with 400 in the client's own error shape and logged; assistant turns and tool results are not
// checked. Words carry a random suffix: rules live in the shared database, other files must never match.
import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushOutboxes } from './support/outbox.ts';
import { openDatabase } from '../worker/src/db/client.ts';
import { requestLog } from '../worker/src/db/schema/request-log.ts';
import { adminCall } from './admin-helpers.ts';
import { callGateway, gatewayOrigin } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName } from './support/seed.ts';

const suffix = crypto.randomUUID().slice(0, 8);
const word = `forbidden${suffix}`;
const phrase = `whole phrase ${suffix}`;
const disabledWord = `dormant${suffix}`;
const ruleIds: number[] = [];
let key = '';
let containsRuleId = 0;

async function addRule(pattern: string, matchType: string, enabled = true): Promise<number> {
  const created = await adminCall<{ id: number }>('POST', '/sensitive-words', { pattern, matchType, enabled });
  if (created.status !== 201) throw new Error(`rule not created: ${JSON.stringify(created.body)}`);
  ruleIds.push(created.body.id);
  return created.body.id;
}

beforeAll(async () => {
  const group = uniqueName('words');
  key = await seedKey((await seedUser({ providerGroup: group })).id);
  await seedProvider('claude', { groupTag: group });
  containsRuleId = await addRule(word.toUpperCase(), 'contains');
  await addRule(phrase, 'exact');
  await addRule(`/card-${suffix}-\\d{4}/i`, 'regex');
  await addRule(disabledWord, 'contains', false);
});

afterAll(async () => {
  for (const id of ruleIds) await adminCall('DELETE', `/sensitive-words/${id}`);
});

function post(path: string, headers: Record<string, string>, body: unknown): Promise<Response> {
  return callGateway(new Request(`${gatewayOrigin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));
}

const anthropic = (body: Record<string, unknown>) =>
  post('/v1/messages', { 'x-api-key': key, 'anthropic-version': '2023-06-01' }, { model: 'claude-sonnet-4-5', max_tokens: 32, ...body });
const say = (text: string) => anthropic({ messages: [{ role: 'user', content: text }] });

async function logRow(requestId: string) {
  await flushOutboxes();
  const database = openDatabase({ url: env.DATABASE_URL, wsProxy: env.NEON_WS_PROXY });
  try {
    const [row] = await database.db.select().from(requestLog).where(eq(requestLog.requestId, requestId));
    return row;
  } finally {
    await database.close();
  }
}

async function expectBlocked(response: Response, errorOf: (body: unknown) => unknown): Promise<void> {
  expect(response.status).toBe(400);
  const body: unknown = await response.json();
  expect(errorOf(body)).toEqual(expect.stringMatching(/^Sensitive content detected/));
  const row = await logRow(response.headers.get('x-request-id') ?? '');
  expect(row).toMatchObject({ statusCode: 400, blockedBy: 'sensitive_word', keyId: expect.any(Number), providerId: null });
}

describe('sensitive words in every client format', () => {
  it('refuses an Anthropic request whose system prompt holds the word, in the Anthropic error shape', async () => {
    const response = await anthropic({ system: [{ type: 'text', text: `be careful with ${word}` }], messages: [{ role: 'user', content: 'hi' }] });
    const body = await response.clone().json<{ type: string; error: { type: string } }>();
    expect(body).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    await expectBlocked(response, (b) => (b as { error: { message: string } }).error.message);
  });

  it('refuses an OpenAI chat request with the word in a user message, in the OpenAI error shape', async () => {
    const response = await post('/v1/chat/completions', { authorization: `Bearer ${key}` }, {
      model: 'claude-sonnet-4-5',
      messages: [{ role: 'system', content: 'be brief' }, { role: 'user', content: [{ type: 'text', text: `tell me about ${word}` }] }],
    });
    expect(await response.clone().json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'sensitive_content' } });
    await expectBlocked(response, (b) => (b as { error: { message: string } }).error.message);
  });

  it('refuses an OpenAI Responses request with the word in its instructions', async () => {
    const response = await post('/v1/responses', { authorization: `Bearer ${key}` }, {
      model: 'claude-sonnet-4-5',
      instructions: `never say ${word}`,
      input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hello' }] }],
    });
    expect(await response.clone().json()).toMatchObject({ error: { code: 'sensitive_content' } });
    await expectBlocked(response, (b) => (b as { error: { message: string } }).error.message);
  });

  it('refuses a Gemini request with the word in a user turn, in the Gemini error shape', async () => {
    const response = await post('/v1beta/models/claude-sonnet-4-5:generateContent', { 'x-goog-api-key': key }, {
      contents: [{ role: 'user', parts: [{ text: `what is ${word}?` }] }],
    });
    expect(await response.clone().json()).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
    await expectBlocked(response, (b) => (b as { error: { message: string } }).error.message);
  });
});

describe('what is checked', () => {
  it('lets the word through in an assistant turn and in a tool result', async () => {
    const assistant = await anthropic({
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: `I will not talk about ${word}` },
        { role: 'user', content: 'fine' },
      ],
    });
    expect(assistant.status).toBe(200);
    await assistant.arrayBuffer();
    const tool = await post('/v1/chat/completions', { authorization: `Bearer ${key}` }, {
      model: 'claude-sonnet-4-5',
      messages: [
        { role: 'user', content: 'read the file' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'read', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: `the file says ${word}` },
      ],
    });
    expect(tool.status).toBe(200);
    await tool.arrayBuffer();
  });

  it('matches an exact rule only when the whole text is the phrase', async () => {
    await expectBlocked(await say(`  ${phrase.toUpperCase()} `), (b) => (b as { error: { message: string } }).error.message);
    const inside = await say(`a sentence with ${phrase} inside`);
    expect(inside.status).toBe(200);
    await inside.arrayBuffer();
  });

  it('matches a regex rule with its flags', async () => {
    await expectBlocked(await say(`my CARD-${suffix}-1234 number`), (b) => (b as { error: { message: string } }).error.message);
    const short = await say(`my card-${suffix}-12 number`);
    expect(short.status).toBe(200);
    await short.arrayBuffer();
  });

  it('ignores a disabled rule, and applies an admin change to the next request', async () => {
    const dormant = await say(`a ${disabledWord} word`);
    expect(dormant.status).toBe(200);
    await dormant.arrayBuffer();
    expect((await adminCall('PATCH', `/sensitive-words/${containsRuleId}`, { enabled: false })).status).toBe(200);
    const allowed = await say(`about ${word}`);
    expect(allowed.status).toBe(200);
    await allowed.arrayBuffer();
    expect((await adminCall('PATCH', `/sensitive-words/${containsRuleId}`, { enabled: true })).status).toBe(200);
    expect((await say(`about ${word}`)).status).toBe(400);
  });
});
