// The conversion matrix end to end (SPEC §3.3): each official SDK, as a client of the gateway, against
// each provider type on the mock upstream, streamed and not, with a tool call and its result.
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI, type FunctionDeclaration } from '@google/genai';
import OpenAI from 'openai';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatewayFetch, gatewayOrigin, mockRequests, routeGlobalFetch, settle } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

const providerTypes = ['claude', 'openai-compatible', 'codex', 'gemini', 'gemini-cli'] as const;
type ProviderType = (typeof providerTypes)[number];
const setups = new Map<ProviderType, { key: string; provider: SeededProvider }>();

beforeAll(async () => {
  for (const type of providerTypes) {
    const group = uniqueName(`conv-${type}`);
    const key = await seedKey((await seedUser({ providerGroup: group })).id);
    setups.set(type, { key, provider: await seedProvider(type, { groupTag: group }) });
  }
});

const keyFor = (type: ProviderType) => setups.get(type)?.key ?? '';
const weather = { type: 'object' as const, properties: { city: { type: 'string' as const } }, required: ['city'] };

describe.each(providerTypes)('through a %s provider', (type) => {
  it('answers the Anthropic SDK, and streams its tool call', async () => {
    const client = new Anthropic({ apiKey: keyFor(type), baseURL: gatewayOrigin, fetch: gatewayFetch, maxRetries: 0 });
    const message = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 200, system: 'Be brief.', messages: [{ role: 'user', content: 'hi there' }] });
    expect(message.content.find((b) => b.type === 'text')).toMatchObject({ text: 'Mock reply to: hi there' });
    const streamed = await client.messages
      .stream({
        model: 'claude-sonnet-4-5',
        max_tokens: 200,
        tools: [{ name: 'get_weather', description: 'weather', input_schema: weather }],
        messages: [{ role: 'user', content: 'call get_weather please' }],
      })
      .finalMessage();
    expect(streamed.stop_reason).toBe('tool_use');
    expect(streamed.content.find((b) => b.type === 'tool_use')).toMatchObject({ name: 'get_weather', input: { city: expect.any(String) } });
    const call = streamed.content.find((b) => b.type === 'tool_use');
    const followUp = await client.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 200,
      tools: [{ name: 'get_weather', description: 'weather', input_schema: weather }],
      messages: [
        { role: 'user', content: 'call get_weather please' },
        { role: 'assistant', content: streamed.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: call?.type === 'tool_use' ? call.id : '', content: 'sunny, 21 C' }] },
      ],
    });
    expect(followUp.content.find((b) => b.type === 'text')).toMatchObject({ text: expect.stringMatching(/^Got the tool result: .*sunny, 21 C/) });
    await settle();
    const seen = await mockRequests(setups.get(type)?.provider.apiKey ?? '');
    expect(seen.length).toBe(3);
  });

  it('answers OpenAI chat completions, and streams its tool call', async () => {
    const client = new OpenAI({ apiKey: keyFor(type), baseURL: `${gatewayOrigin}/v1`, fetch: gatewayFetch, maxRetries: 0 });
    const completion = await client.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'hi chat' }] });
    expect(completion.choices[0]?.message.content).toBe('Mock reply to: hi chat');
    const stream = await client.chat.completions.create({
      model: 'gpt-4.1',
      stream: true,
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: weather } }],
      messages: [{ role: 'user', content: 'call get_weather please' }],
    });
    const calls: string[] = [];
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      for (const call of chunk.choices[0]?.delta.tool_calls ?? []) if (call.function?.name) calls.push(call.function.name);
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(calls).toEqual(['get_weather']);
    expect(finish).toBe('tool_calls');
    const followUp = await client.chat.completions.create({
      model: 'gpt-4.1',
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: weather } }],
      messages: [
        { role: 'user', content: 'call get_weather please' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: 'rainy, 9 C' },
      ],
    });
    await settle();
    expect(followUp.choices[0]?.message.content).toMatch(/^Got the tool result: .*rainy, 9 C/);
  });

  it('answers OpenAI responses, and streams its tool call', async () => {
    const client = new OpenAI({ apiKey: keyFor(type), baseURL: `${gatewayOrigin}/v1`, fetch: gatewayFetch, maxRetries: 0 });
    const response = await client.responses.create({ model: 'gpt-5-codex', instructions: 'Be brief.', input: 'hi responses' });
    expect(response.output_text).toBe('Mock reply to: hi responses');
    const stream = await client.responses.create({
      model: 'gpt-5-codex',
      stream: true,
      tools: [{ type: 'function', name: 'get_weather', parameters: weather, strict: false }],
      input: 'call get_weather please',
    });
    let completed: OpenAI.Responses.Response | undefined;
    for await (const event of stream) if (event.type === 'response.completed') completed = event.response;
    const call = completed?.output.find((item) => item.type === 'function_call');
    expect(call).toMatchObject({ name: 'get_weather' });
    const followUp = await client.responses.create({
      model: 'gpt-5-codex',
      tools: [{ type: 'function', name: 'get_weather', parameters: weather, strict: false }],
      input: [
        { role: 'user', content: 'call get_weather please' },
        { type: 'function_call', call_id: call?.type === 'function_call' ? call.call_id : 'call_1', name: 'get_weather', arguments: '{"city":"Oslo"}' },
        { type: 'function_call_output', call_id: call?.type === 'function_call' ? call.call_id : 'call_1', output: 'snowy, -3 C' },
      ],
    });
    await settle();
    expect(followUp.output_text).toMatch(/^Got the tool result: .*snowy, -3 C/);
  });

  it('answers the Google GenAI SDK, and streams its tool call', async () => {
    const restore = routeGlobalFetch();
    try {
      const ai = new GoogleGenAI({ apiKey: keyFor(type), httpOptions: { baseUrl: gatewayOrigin } });
      const answer = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'hi gemini', config: { systemInstruction: 'Be brief.' } });
      expect(answer.text).toBe('Mock reply to: hi gemini');
      const declaration: FunctionDeclaration = { name: 'get_weather', parametersJsonSchema: weather };
      const names: string[] = [];
      const stream = await ai.models.generateContentStream({
        model: 'gemini-2.5-flash',
        contents: 'call get_weather please',
        config: { tools: [{ functionDeclarations: [declaration] }] },
      });
      for await (const chunk of stream) for (const call of chunk.functionCalls ?? []) if (call.name) names.push(call.name);
      expect(names).toEqual(['get_weather']);
      const followUp = await ai.models.generateContent({
        model: 'gemini-2.5-flash',
        contents: [
          { role: 'user', parts: [{ text: 'call get_weather please' }] },
          { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: { city: 'Lima' } } }] },
          { role: 'user', parts: [{ functionResponse: { name: 'get_weather', response: { output: 'cloudy, 18 C' } } }] },
        ],
        config: { tools: [{ functionDeclarations: [declaration] }] },
      });
      expect(followUp.text).toMatch(/^Got the tool result: .*cloudy, 18 C/);
    } finally {
      restore();
    }
    await settle();
  });
});
