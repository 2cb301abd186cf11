// The official OpenAI SDK, pointed at the mock, parses its Chat Completions and Responses answers.
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { useMockUpstream } from './test-support.ts';

const mock = useMockUpstream();
const client = () => new OpenAI({ apiKey: 'sk-test', baseURL: `${mock.current.url}/v1`, maxRetries: 0 });

const chatTools = [
  { type: 'function' as const, function: { name: 'read_file', parameters: { type: 'object', properties: { path: { type: 'string' } } } } },
  { type: 'function' as const, function: { name: 'list_dir', parameters: { type: 'object', properties: { depth: { type: 'number' } } } } },
];

describe('OpenAI Chat Completions', () => {
  it('answers a non-streaming request with text and usage that counts cached and reasoning tokens', async () => {
    mock.current.script({ usage: { input: 100, cacheRead: 40, output: 20, reasoning: 5 } });
    const completion = await client().chat.completions.create({
      model: 'gpt-5',
      reasoning_effort: 'low',
      messages: [{ role: 'user', content: 'say hi' }],
    });
    expect(completion.choices[0]?.message.content).toBe('Mock reply to: say hi');
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage).toMatchObject({
      prompt_tokens: 140,
      completion_tokens: 25,
      total_tokens: 165,
      prompt_tokens_details: { cached_tokens: 40 },
      completion_tokens_details: { reasoning_tokens: 5 },
    });
  });

  it('streams content deltas and a final usage chunk when include_usage is set', async () => {
    mock.current.script({ usage: { input: 11, output: 7 } });
    const stream = await client().chat.completions.create({
      model: 'gpt-5',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'stream me a reply' }],
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe('Mock reply to: stream me a reply');
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)?.choices).toEqual([]);
    expect(chunks.at(-1)?.usage).toMatchObject({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });
  });

  it('sends no usage chunk when include_usage is not set', async () => {
    const stream = await client().chat.completions.create({ model: 'gpt-5', stream: true, messages: [{ role: 'user', content: 'hi' }] });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.every((chunk) => chunk.usage === undefined && chunk.choices.length === 1)).toBe(true);
  });

  it('streams parallel tool calls whose pieces the SDK stream helper assembles', async () => {
    const runner = client().chat.completions.stream({
      model: 'gpt-5',
      tools: chatTools,
      messages: [{ role: 'user', content: 'run read_file and list_dir' }],
    });
    const completion = await runner.finalChatCompletion();
    const message = completion.choices[0]?.message;
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
    expect(message?.tool_calls?.map((call) => (call.type === 'function' ? [call.function.name, JSON.parse(call.function.arguments)] : []))).toEqual([
      ['read_file', { path: 'mock path' }],
      ['list_dir', { depth: 1 }],
    ]);
    expect(new Set(message?.tool_calls?.map((call) => call.id)).size).toBe(2);
  });

  it('answers tool messages with text instead of another call', async () => {
    const completion = await client().chat.completions.create({
      model: 'gpt-5',
      tools: chatTools,
      messages: [
        { role: 'user', content: 'read_file please' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'read_file', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: 'file body' },
      ],
    });
    expect(completion.choices[0]?.message).toMatchObject({ content: 'Got the tool result: file body' });
    expect(completion.choices[0]?.message.tool_calls).toBeUndefined();
  });

  it('raises an in-stream error chunk through the SDK stream', async () => {
    mock.current.script({ streamError: { afterEvents: 2, message: 'upstream broke' } });
    const stream = await client().chat.completions.create({ model: 'gpt-5', stream: true, messages: [{ role: 'user', content: 'a b c d e' }] });
    const consume = async () => {
      for await (const _chunk of stream);
    };
    await expect(consume()).rejects.toThrow('upstream broke');
  });

  it('streams reasoning_content for DeepSeek-style models', async () => {
    const stream = await client().chat.completions.create({ model: 'deepseek-reasoner', stream: true, messages: [{ role: 'user', content: 'why' }] });
    let reasoning = '';
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta as { reasoning_content?: string } | undefined;
      reasoning += delta?.reasoning_content ?? '';
    }
    expect(reasoning).toBe('Considering: why');
  });
});

const responsesTools = [{ type: 'function' as const, name: 'shell', strict: false, parameters: { type: 'object', properties: { command: { type: 'array' } } } }];

describe('OpenAI Responses', () => {
  it('answers a non-streaming request with an output message and usage', async () => {
    mock.current.script({ usage: { input: 90, cacheRead: 10, output: 12, reasoning: 4 } });
    const response = await client().responses.create({ model: 'gpt-5-codex', input: 'hello responses', reasoning: { effort: 'low' } });
    expect(response.output_text).toBe('Mock reply to: hello responses');
    expect(response.status).toBe('completed');
    expect(response.usage).toMatchObject({
      input_tokens: 100,
      input_tokens_details: { cached_tokens: 10 },
      output_tokens: 16,
      output_tokens_details: { reasoning_tokens: 4 },
      total_tokens: 116,
    });
  });

  it('streams numbered events ending in response.completed, with summary and encrypted reasoning', async () => {
    const stream = await client().responses.create({
      model: 'gpt-5-codex',
      stream: true,
      store: false,
      include: ['reasoning.encrypted_content'],
      reasoning: { effort: 'medium', summary: 'auto' },
      input: [{ role: 'user', content: [{ type: 'input_text', text: 'explain streams' }] }],
    });
    const events = [];
    for await (const event of stream) events.push(event);
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    expect(events[0]?.type).toBe('response.created');
    expect(events[1]?.type).toBe('response.in_progress');
    const summary = events.flatMap((event) => (event.type === 'response.reasoning_summary_text.delta' ? [event.delta] : [])).join('');
    expect(summary).toBe('Considering: explain streams');
    const text = events.flatMap((event) => (event.type === 'response.output_text.delta' ? [event.delta] : [])).join('');
    expect(text).toBe('Mock reply to: explain streams');
    const last = events.at(-1);
    expect(last?.type).toBe('response.completed');
    const output = last?.type === 'response.completed' ? last.response.output : [];
    expect(output[0]).toMatchObject({ type: 'reasoning', encrypted_content: expect.any(String) });
    expect(output[1]).toMatchObject({ type: 'message', content: [{ type: 'output_text', text: 'Mock reply to: explain streams' }] });
  });

  it('streams function calls that responses.stream assembles into the final response', async () => {
    const response = await client()
      .responses.stream({ model: 'gpt-5-codex', tools: responsesTools, input: 'please use the shell tool' })
      .finalResponse();
    const call = response.output.find((item) => item.type === 'function_call');
    expect(call).toMatchObject({ type: 'function_call', name: 'shell', arguments: '{"command":[]}', call_id: expect.stringMatching(/^call_/) });
  });

  it('answers function_call_output items with text', async () => {
    const response = await client().responses.create({
      model: 'gpt-5-codex',
      tools: responsesTools,
      input: [
        { role: 'user', content: 'use the shell tool' },
        { type: 'function_call', call_id: 'call_1', name: 'shell', arguments: '{}' },
        { type: 'function_call_output', call_id: 'call_1', output: 'exit 0' },
      ],
    });
    expect(response.output_text).toBe('Got the tool result: exit 0');
  });

  it('lists models in the OpenAI shape', async () => {
    const models = [];
    for await (const model of client().models.list()) models.push(model.id);
    expect(models).toContain('gpt-5');
  });

  it('turns a scripted 429 into the SDK rate limit error with the OpenAI body', async () => {
    mock.current.script({ status: 429, errorMessage: 'Slow down', headers: { 'retry-after': '3' } });
    const failure = client().chat.completions.create({ model: 'gpt-5', messages: [{ role: 'user', content: 'x' }] });
    await expect(failure).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    mock.current.script({ status: 429, errorMessage: 'Slow down' });
    await expect(client().responses.create({ model: 'gpt-5', input: 'x' })).rejects.toMatchObject({
      status: 429,
      error: { message: 'Slow down', type: 'requests', code: 'rate_limit_exceeded' },
    });
  });
});
