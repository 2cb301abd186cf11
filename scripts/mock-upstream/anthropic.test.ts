// The official Anthropic SDK, pointed at the mock, parses its Messages answers and streams.
import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { useMockUpstream } from './test-support.ts';

const mock = useMockUpstream();
const client = () => new Anthropic({ apiKey: 'sk-ant-test', baseURL: mock.current.url, maxRetries: 0 });

const weatherTool = {
  name: 'get_weather',
  description: 'Weather for a city',
  input_schema: { type: 'object' as const, properties: { city: { type: 'string' }, days: { type: 'integer' } }, required: ['city'] },
};
const timeTool = { name: 'get_time', input_schema: { type: 'object' as const, properties: { zone: { type: 'string' } } } };

describe('Anthropic Messages', () => {
  it('answers messages.create with text that echoes the last user message and scripted usage', async () => {
    mock.current.script({ usage: { input: 120, output: 30, cacheRead: 50, cacheWrite5m: 7, cacheWrite1h: 3 } });
    const message = await client().messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'hello mock' }],
    });
    expect(message.content).toEqual([{ type: 'text', text: 'Mock reply to: hello mock' }]);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage).toMatchObject({
      input_tokens: 120,
      output_tokens: 30,
      cache_read_input_tokens: 50,
      cache_creation_input_tokens: 10,
      cache_creation: { ephemeral_5m_input_tokens: 7, ephemeral_1h_input_tokens: 3 },
    });
  });

  it('streams text deltas that messages.stream assembles into the same message', async () => {
    const stream = client().messages.stream({
      model: 'claude-sonnet-4-5',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'stream three short words' }],
    });
    const deltas: string[] = [];
    stream.on('text', (text) => deltas.push(text));
    const message = await stream.finalMessage();
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Mock reply to: stream three short words');
    expect(message.usage.output_tokens).toBeGreaterThan(0);
    expect(message.usage.input_tokens).toBeGreaterThan(0);
  });

  it('streams parallel tool_use blocks whose partial JSON the SDK parses into inputs', async () => {
    const message = await client()
      .messages.stream({
        model: 'claude-sonnet-4-5',
        max_tokens: 100,
        tools: [weatherTool, timeTool],
        messages: [{ role: 'user', content: 'call get_weather and get_time' }],
      })
      .finalMessage();
    expect(message.stop_reason).toBe('tool_use');
    const calls = message.content.filter((block) => block.type === 'tool_use');
    expect(calls.map((call) => [call.name, call.input])).toEqual([
      ['get_weather', { city: 'mock city', days: 1 }],
      ['get_time', { zone: 'mock zone' }],
    ]);
    expect(calls[0]?.id).toMatch(/^toolu_/);
  });

  it('answers a tool result with text instead of calling the tool again', async () => {
    const message = await client().messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 100,
      tools: [weatherTool],
      messages: [
        { role: 'user', content: 'use get_weather' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Oslo' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'sunny' }] },
      ],
    });
    expect(message.content).toEqual([{ type: 'text', text: 'Got the tool result: sunny' }]);
  });

  it('streams a signed thinking block before the answer when thinking is enabled', async () => {
    const stream = client().messages.stream({
      model: 'claude-sonnet-4-5',
      max_tokens: 2000,
      thinking: { type: 'enabled', budget_tokens: 1024 },
      messages: [{ role: 'user', content: 'think first' }],
    });
    const thinking: string[] = [];
    stream.on('thinking', (delta) => thinking.push(delta));
    const message = await stream.finalMessage();
    const [first, second] = message.content;
    expect(first?.type).toBe('thinking');
    expect(first?.type === 'thinking' && first.thinking).toBe('Considering: think first');
    expect(first?.type === 'thinking' && first.signature.length).toBeGreaterThan(10);
    expect(thinking.join('')).toBe('Considering: think first');
    expect(second).toMatchObject({ type: 'text', text: 'Mock reply to: think first' });
  });

  it('accepts ?beta=true as Claude Code sends it and records the query', async () => {
    const response = await fetch(`${mock.current.url}/v1/messages?beta=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'anthropic-beta': 'context-1m-2025-08-07' },
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'beta hello' }] }),
    });
    expect(await response.json()).toMatchObject({ content: [{ type: 'text', text: 'Mock reply to: beta hello' }] });
    const [first] = mock.current.requests();
    expect(first?.path).toBe('/v1/messages');
    expect(first?.query).toEqual({ beta: 'true' });
    expect(first?.headers['anthropic-beta']).toBe('context-1m-2025-08-07');
  });

  it('counts tokens with the scripted input figure', async () => {
    mock.current.script({ usage: { input: 42 } });
    const counted = await client().messages.countTokens({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'x' }] });
    expect(counted.input_tokens).toBe(42);
  });

  it('lists models in the Anthropic shape when anthropic-version is sent', async () => {
    const page = await client().models.list();
    expect(page.data.map((model) => model.id)).toContain('claude-sonnet-4-5-20250929');
    expect(await client().models.retrieve('claude-haiku-4-5-20251001')).toMatchObject({ type: 'model', display_name: 'Claude Haiku 4.5' });
    await expect(client().models.retrieve('claude-unknown')).rejects.toMatchObject({ status: 404, error: { error: { type: 'not_found_error' } } });
  });

  it('turns a scripted 529 into the SDK overloaded error with the vendor error type', async () => {
    mock.current.script({ status: 529, errorMessage: 'Overloaded' });
    const failure = client().messages.create({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] });
    await expect(failure).rejects.toMatchObject({ status: 529, error: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } });
  });
});
