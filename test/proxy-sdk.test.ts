// The official SDKs, as clients of the gateway, against each provider type on the mock upstream.
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatewayFetch, gatewayOrigin, mockRequests, routeGlobalFetch, settle } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

// One user per provider type, so each request is served in its own format (bytes pass through).
const clientKeys: Record<string, string> = {};
const provider: Record<string, SeededProvider> = {};

beforeAll(async () => {
  for (const type of ['claude', 'openai-compatible', 'codex', 'gemini', 'gemini-cli'] as const) {
    const group = uniqueName(`sdk-${type}`);
    clientKeys[type] = await seedKey((await seedUser({ providerGroup: group })).id);
    provider[type] = await seedProvider(type, { groupTag: group });
  }
});

const anthropic = () => new Anthropic({ apiKey: clientKeys.claude, baseURL: gatewayOrigin, fetch: gatewayFetch, maxRetries: 0 });
const openai = (type: 'openai-compatible' | 'codex') =>
  new OpenAI({ apiKey: clientKeys[type], baseURL: `${gatewayOrigin}/v1`, fetch: gatewayFetch, maxRetries: 0 });

describe('Anthropic SDK through the gateway to a claude provider', () => {
  it('gets a non-streamed answer with usage, and the provider gets its own key, not the client key', async () => {
    const message = await anthropic().messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 256,
      messages: [{ role: 'user', content: 'hello gateway' }],
    });
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'Mock reply to: hello gateway' });
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    await settle();
    const seen = await mockRequests(provider.claude?.apiKey ?? '');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers['x-api-key']).toBe(provider.claude?.apiKey);
    expect(JSON.stringify(seen[0]?.headers)).not.toContain(clientKeys.claude);
  });

  it('streams an answer with a tool call', async () => {
    const stream = anthropic().messages.stream({
      model: 'claude-sonnet-4-5',
      max_tokens: 256,
      tools: [{ name: 'get_weather', description: 'weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }],
      messages: [{ role: 'user', content: 'call get_weather please' }],
    });
    const final = await stream.finalMessage();
    await settle();
    expect(final.stop_reason).toBe('tool_use');
    expect(final.content.find((b) => b.type === 'tool_use')).toMatchObject({ name: 'get_weather', input: { city: expect.any(String) } });
  });
});

describe('OpenAI SDK through the gateway', () => {
  it('chat completions, streamed and not, on an openai-compatible provider', async () => {
    const completion = await openai('openai-compatible').chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi chat' }] });
    expect(completion.choices[0]?.message.content).toBe('Mock reply to: hi chat');
    const stream = await openai('openai-compatible').chat.completions.create({
      model: 'gpt-4.1',
      messages: [{ role: 'user', content: 'hi stream' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: unknown;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      usage = chunk.usage ?? usage;
    }
    await settle();
    expect(text).toBe('Mock reply to: hi stream');
    expect(usage).toMatchObject({ prompt_tokens: expect.any(Number) });
  });

  it('responses, streamed and not, on a codex provider', async () => {
    const response = await openai('codex').responses.create({ model: 'gpt-5-codex', input: 'hi responses' });
    expect(response.output_text).toBe('Mock reply to: hi responses');
    const stream = await openai('codex').responses.create({ model: 'gpt-5-codex', input: 'hi responses stream', stream: true });
    let done: unknown;
    let text = '';
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') text += event.delta;
      if (event.type === 'response.completed') done = event.response.usage;
    }
    await settle();
    expect(text).toBe('Mock reply to: hi responses stream');
    expect(done).toMatchObject({ input_tokens: expect.any(Number) });
  });
});

describe('Google GenAI SDK through the gateway to a gemini provider', () => {
  it('generates content, streamed and not', async () => {
    const restore = routeGlobalFetch();
    try {
      const ai = new GoogleGenAI({ apiKey: clientKeys.gemini, httpOptions: { baseUrl: gatewayOrigin } });
      const answer = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'hi gemini' });
      expect(answer.text).toBe('Mock reply to: hi gemini');
      let text = '';
      for await (const chunk of await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'hi gemini stream' })) {
        text += chunk.text ?? '';
      }
      expect(text).toBe('Mock reply to: hi gemini stream');
    } finally {
      restore();
    }
    await settle();
    const seen = await mockRequests(provider.gemini?.apiKey ?? '');
    expect(seen.map((r) => r.path)).toEqual([
      '/v1beta/models/gemini-2.5-flash:generateContent',
      '/v1beta/models/gemini-2.5-flash:streamGenerateContent',
    ]);
    expect(seen[1]?.query).toMatchObject({ alt: 'sse' });
  });
});

describe('Gemini CLI (code assist) through the gateway to a gemini-cli provider', () => {
  it('streams generateContent and passes the other v1internal calls through', async () => {
    const headers = { authorization: `Bearer ${clientKeys['gemini-cli']}`, 'content-type': 'application/json' };
    const stream = await gatewayFetch(`${gatewayOrigin}/v1internal:streamGenerateContent?alt=sse`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: 'gemini-2.5-pro', project: 'p', request: { contents: [{ role: 'user', parts: [{ text: 'hi cli' }] }], session_id: 'cli-1' } }),
    });
    expect(stream.status).toBe(200);
    const texts = (await stream.text())
      .split(/\r?\n/)
      .filter((line) => line.startsWith('data: '))
      .map((line) => JSON.parse(line.slice(6)) as { response: { candidates?: { content: { parts: { text?: string }[] } }[] } })
      .flatMap((event) => event.response.candidates?.[0]?.content.parts.map((p) => p.text ?? '') ?? []);
    expect(texts.join('')).toBe('Mock reply to: hi cli');
    const quota = await gatewayFetch(`${gatewayOrigin}/v1internal:loadCodeAssist`, { method: 'POST', headers, body: '{}' });
    expect(quota.status).toBe(200);
    await settle();
    const seen = await mockRequests(provider['gemini-cli']?.apiKey ?? '');
    expect(seen.map((r) => r.path)).toEqual(['/v1internal:streamGenerateContent', '/v1internal:loadCodeAssist']);
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${provider['gemini-cli']?.apiKey}`);
  });
});
