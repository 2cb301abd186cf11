// Model lists in the client's shape, count_tokens passthrough, and requests shaped like the real CLIs'
// (SPEC §3.1, §3.5).
import { beforeAll, describe, expect, it } from 'vitest';
import { callGateway, gatewayOrigin, mockRequests, settle } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

let key = '';
let claude: SeededProvider;
const codex: SeededProvider[] = [];

beforeAll(async () => {
  const group = uniqueName('endpoints');
  key = await seedKey((await seedUser({ providerGroup: group })).id);
  claude = await seedProvider('claude', {
    groupTag: group,
    allowedModels: ['claude-sonnet-4-5', 'claude-opus-*'],
    modelRedirects: [{ from: 'claude-haiku-4-5', to: 'vendor/haiku' }],
  });
  codex.push(await seedProvider('codex', { groupTag: group }), await seedProvider('codex', { groupTag: group }));
});

const get = (path: string, headers: Record<string, string>) => callGateway(new Request(`${gatewayOrigin}${path}`, { headers }));

describe('model lists', () => {
  it('lists the models of the caller’s providers in the Anthropic shape when anthropic-version is sent', async () => {
    const response = await get('/v1/models', { 'x-api-key': key, 'anthropic-version': '2023-06-01' });
    expect(await response.json()).toEqual({
      data: [
        { type: 'model', id: 'claude-haiku-4-5', display_name: 'claude-haiku-4-5', created_at: '1970-01-01T00:00:00Z' },
        { type: 'model', id: 'claude-sonnet-4-5', display_name: 'claude-sonnet-4-5', created_at: '1970-01-01T00:00:00Z' },
      ],
      has_more: false,
      first_id: 'claude-haiku-4-5',
      last_id: 'claude-sonnet-4-5',
    });
  });

  it('uses the OpenAI shape by default and the Gemini shape on /v1beta', async () => {
    const openai = await (await get('/v1/models', { authorization: `Bearer ${key}` })).json<{ object: string; data: { id: string }[] }>();
    expect(openai.object).toBe('list');
    expect(openai.data.map((m) => m.id)).toContain('gpt-5-codex');
    const gemini = await (await get('/v1beta/models', { 'x-goog-api-key': key })).json<{ models: unknown[] }>();
    expect(gemini).toEqual({ models: [] });
  });
});

describe('count_tokens', () => {
  it('passes Anthropic count_tokens through to the provider', async () => {
    const response = await callGateway(
      new Request(`${gatewayOrigin}/v1/messages/count_tokens`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
        body: JSON.stringify({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'count me' }] }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ input_tokens: expect.any(Number) });
    await settle();
    expect((await mockRequests(claude.apiKey)).map((r) => r.path)).toContain('/v1/messages/count_tokens');
  });
});

describe('requests shaped like Codex CLI', () => {
  it('keeps a Codex conversation (session-id header, developer role, reasoning items) on one provider, body untouched', async () => {
    const session = crypto.randomUUID();
    const body = {
      model: 'gpt-5-codex',
      instructions: 'You are Codex.',
      input: [
        { type: 'message', role: 'developer', content: [{ type: 'input_text', text: 'be brief' }] },
        { type: 'reasoning', id: 'rs_1', summary: [], encrypted_content: 'gAAAA-opaque' },
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hello codex' }] },
      ],
      tools: [{ type: 'function', name: 'shell', parameters: { type: 'object', properties: {} } }, { type: 'web_search' }],
      include: ['reasoning.encrypted_content'],
      store: false,
      stream: true,
      prompt_cache_key: session,
    };
    const text = JSON.stringify(body);
    for (let i = 0; i < 4; i++) {
      const response = await callGateway(
        new Request(`${gatewayOrigin}/v1/responses`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'session-id': session },
          body: text,
        }),
      );
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('response.completed');
      await settle();
    }
    const seen = [await mockRequests(codex[0]?.apiKey ?? ''), await mockRequests(codex[1]?.apiKey ?? '')];
    expect(seen.map((s) => s.length).sort()).toEqual([0, 4]);
    const served = seen.find((s) => s.length === 4) ?? [];
    expect(served[0]?.body).toEqual(body);
    expect(served[0]?.headers['session-id']).toBe(session);
  });
});
