import { describe, expect, it } from 'vitest';
import type { ClientRequest } from './client-request.ts';
import { convertErrorBody, convertResponseBody, convertedUpstream, isGeneration, parseForConversion, streamConverter, type Conversion } from './convert.ts';

function clientRequest(over: Partial<ClientRequest>): ClientRequest {
  return {
    format: 'anthropic',
    method: 'POST',
    path: '/v1/messages',
    search: new URLSearchParams(),
    headers: new Headers(),
    raw: null,
    body: {},
    model: undefined,
    stream: false,
    action: undefined,
    ...over,
  };
}

const anthropicBody = {
  model: 'claude-sonnet-4-5',
  max_tokens: 100,
  system: 'Be terse.',
  stream: true,
  messages: [{ role: 'user', content: 'hello' }],
};

function conversion(provider: Conversion['provider']): Conversion {
  const request = clientRequest({ body: anthropicBody, model: 'claude-sonnet-4-5', stream: true });
  return { client: 'anthropic', provider, request: parseForConversion(request) };
}

describe('conversion', () => {
  it('converts only model calls', () => {
    expect(isGeneration(clientRequest({}))).toBe(true);
    expect(isGeneration(clientRequest({ path: '/v1/messages/count_tokens' }))).toBe(false);
    expect(isGeneration(clientRequest({ format: 'gemini-cli', path: '/v1internal:loadCodeAssist', action: 'loadCodeAssist' }))).toBe(false);
    expect(isGeneration(clientRequest({ format: 'gemini', path: '/v1beta/models/g:streamGenerateContent', action: 'streamGenerateContent' }))).toBe(true);
  });

  it('renders the upstream request in the provider format with the model it is sent', () => {
    const chat = convertedUpstream(conversion('openai-chat'), 'vendor/model');
    expect(chat.path).toBe('/v1/chat/completions');
    expect(JSON.parse(chat.body)).toMatchObject({
      model: 'vendor/model',
      stream: true,
      messages: [{ role: 'system', content: 'Be terse.' }, { role: 'user', content: 'hello' }],
    });
    const gemini = convertedUpstream(conversion('gemini'), 'gemini-2.5-pro');
    expect(gemini).toMatchObject({ path: '/v1beta/models/gemini-2.5-pro:streamGenerateContent', search: '?alt=sse' });
    expect(JSON.parse(gemini.body)).toMatchObject({ systemInstruction: { parts: [{ text: 'Be terse.' }] } });
  });

  it('renders answers and errors back in the client format', () => {
    const chatAnswer = {
      id: 'c1',
      object: 'chat.completion',
      created: 1,
      model: 'gpt-4.1',
      choices: [{ index: 0, message: { role: 'assistant', content: 'hi there' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
    };
    expect(JSON.parse(convertResponseBody(conversion('openai-chat'), chatAnswer))).toMatchObject({
      type: 'message',
      role: 'assistant',
      content: [{ type: 'text', text: 'hi there' }],
      stop_reason: 'end_turn',
      usage: { input_tokens: 5, output_tokens: 2 },
    });
    const error = JSON.parse(convertErrorBody(conversion('openai-chat'), 429, { error: { message: 'slow down', type: 'rate_limit_error' } }));
    expect(error).toEqual({ type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } });
  });

  it('converts a provider stream event by event', async () => {
    const chunks = [
      { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4.1', choices: [{ index: 0, delta: { role: 'assistant', content: 'hi' }, finish_reason: null }] },
      { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4.1', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
    ];
    const upstream = `${chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('')}data: [DONE]\n\n`;
    const converted = new Response(new Blob([upstream]).stream().pipeThrough(streamConverter(conversion('openai-chat'))));
    const text = await converted.text();
    const events = [...text.matchAll(/^event: (.+)$/gm)].map((m) => m[1]);
    expect(events).toEqual(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop']);
    expect(text).toContain('"text":"hi"');
  });
});
