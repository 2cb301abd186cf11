// The Anthropic stream renderer against the Messages event sequence the SDK expects.
import { describe, expect, it } from 'vitest';
import type { IrStreamEvent } from '../ir/stream-event.ts';
import { createAnthropicStreamRenderer } from './render-stream.ts';

const render = (events: IrStreamEvent[]) => {
  const renderer = createAnthropicStreamRenderer();
  return [...events.flatMap((event) => renderer.push(event)), ...renderer.finish()].map((e) => ({
    event: e.event,
    data: JSON.parse(e.data) as unknown,
  }));
};

const usage = { inputTokens: 10, outputTokens: 5, cacheWrite5mTokens: 2, cacheWrite1hTokens: 1, cacheReadTokens: 3, reasoningTokens: 0 };
const renderedUsage = {
  input_tokens: 10,
  output_tokens: 5,
  cache_creation_input_tokens: 3,
  cache_read_input_tokens: 3,
  cache_creation: { ephemeral_5m_input_tokens: 2, ephemeral_1h_input_tokens: 1 },
};
const zeroUsage = {
  input_tokens: 0,
  output_tokens: 0,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
  cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
};

describe('createAnthropicStreamRenderer', () => {
  it('renders the Messages event sequence with usage in message_delta', () => {
    expect(
      render([
        { type: 'message-start', id: 'msg_1', model: 'm' },
        { type: 'block-start', index: 4, block: { type: 'tool-call', id: 'call_1', name: 'f' } },
        { type: 'block-delta', index: 4, delta: { type: 'tool-call', argumentsDelta: '{}' } },
        { type: 'block-end', index: 4 },
        { type: 'usage', usage },
        { type: 'message-end', finishReason: 'tool-calls' },
      ]),
    ).toEqual([
      {
        event: 'message_start',
        data: {
          type: 'message_start',
          message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [], stop_reason: null, stop_sequence: null, usage: zeroUsage },
        },
      },
      { event: 'content_block_start', data: { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'call_1', name: 'f', input: {} } } },
      { event: 'content_block_delta', data: { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{}' } } },
      { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
      { event: 'message_delta', data: { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: renderedUsage } },
      { event: 'message_stop', data: { type: 'message_stop' } },
    ]);
  });

  it('closes blocks still open when the message ends', () => {
    const events = render([
      { type: 'message-start', id: 'msg_1', model: 'm' },
      { type: 'block-start', index: 0, block: { type: 'text' } },
      { type: 'block-delta', index: 0, delta: { type: 'text', text: 'hi' } },
      { type: 'message-end', finishReason: 'length' },
    ]);
    expect(events.map((e) => e.event)).toEqual([
      'message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop',
    ]);
    expect(events[4]?.data).toMatchObject({ delta: { stop_reason: 'max_tokens' } });
  });

  it('passes Anthropic signatures and drops those of other vendors', () => {
    const events = render([
      { type: 'message-start', id: 'msg_1', model: 'm' },
      { type: 'block-start', index: 0, block: { type: 'reasoning' } },
      { type: 'block-delta', index: 0, delta: { type: 'reasoning-signature', format: 'gemini', signature: 'g' } },
      { type: 'block-delta', index: 0, delta: { type: 'reasoning-signature', format: 'anthropic', signature: 'a' } },
    ]);
    expect(events.slice(2)).toEqual([
      { event: 'content_block_delta', data: { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'a' } } },
    ]);
  });
});
