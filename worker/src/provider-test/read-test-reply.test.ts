import { describe, expect, it } from 'vitest';
import { readTestReply } from './read-test-reply.ts';

describe('readTestReply', () => {
  it('reads the answering model and text of each format', () => {
    const anthropic = { id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-haiku-4-5-20251001', content: [{ type: 'text', text: 'pong' }], stop_reason: 'end_turn', usage: { input_tokens: 5, output_tokens: 1 } };
    expect(readTestReply('anthropic', 200, JSON.stringify(anthropic))).toEqual({ ok: true, model: 'claude-haiku-4-5-20251001', text: 'pong' });
    const chat = { id: 'c1', object: 'chat.completion', created: 1, model: 'gpt-4o-mini-2024', choices: [{ index: 0, message: { role: 'assistant', content: 'pong' }, finish_reason: 'stop' }] };
    expect(readTestReply('openai-chat', 200, JSON.stringify(chat))).toEqual({ ok: true, model: 'gpt-4o-mini-2024', text: 'pong' });
    const gemini = { candidates: [{ content: { role: 'model', parts: [{ text: 'po' }, { text: 'ng' }] }, finishReason: 'STOP' }], modelVersion: 'gemini-2.5-flash' };
    expect(readTestReply('gemini', 200, JSON.stringify(gemini))).toEqual({ ok: true, model: 'gemini-2.5-flash', text: 'pong' });
    expect(readTestReply('gemini-cli', 200, JSON.stringify({ response: gemini, traceId: 't' }))).toEqual({ ok: true, model: 'gemini-2.5-flash', text: 'pong' });
  });

  it('reads the vendor message of an error', () => {
    const body = { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } };
    expect(readTestReply('anthropic', 401, JSON.stringify(body))).toEqual({ ok: false, error: 'invalid x-api-key' });
    expect(readTestReply('openai-chat', 502, '<html>Bad gateway</html>')).toEqual({ ok: false, error: '<html>Bad gateway</html>' });
    expect(readTestReply('gemini', 503, '')).toEqual({ ok: false, error: expect.stringContaining('503') });
  });

  it('fails a success status whose body is not the format', () => {
    expect(readTestReply('openai-chat', 200, 'not json')).toEqual({ ok: false, error: 'HTTP 200 with a body that is not JSON' });
    expect(readTestReply('anthropic', 200, '{"hello":1}')).toMatchObject({ ok: false, error: expect.stringContaining('unreadable anthropic reply') });
  });
});
