// Anthropic stream parsing: blocks without a neutral form are skipped, stop sequences are kept.
import { describe, expect, it } from 'vitest';
import type { SseEvent } from '../../sse/sse-event.ts';
import { createAnthropicStreamParser } from './parse-stream.ts';

const sse = (type: string, payload: Record<string, unknown>): SseEvent => ({ event: type, data: JSON.stringify({ type, ...payload }) });

describe('createAnthropicStreamParser', () => {
  it('skips server tool blocks with their deltas and numbers the remaining blocks densely', () => {
    const parser = createAnthropicStreamParser();
    const events = [
      sse('message_start', { message: { id: 'msg_1', model: 'claude' } }),
      sse('content_block_start', { index: 0, content_block: { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: {} } }),
      sse('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: '{"query":"x"}' } }),
      sse('content_block_stop', { index: 0 }),
      sse('content_block_start', { index: 1, content_block: { type: 'text', text: 'Found' } }),
      sse('content_block_delta', { index: 1, delta: { type: 'citations_delta', citation: {} } }),
      sse('content_block_stop', { index: 1 }),
      sse('message_delta', { delta: { stop_reason: 'stop_sequence', stop_sequence: '###' }, usage: { output_tokens: 3 } }),
      sse('message_stop', {}),
    ].flatMap((event) => parser.push(event));
    expect(events.filter((e) => e.type !== 'usage')).toEqual([
      { type: 'message-start', id: 'msg_1', model: 'claude' },
      { type: 'block-start', index: 0, block: { type: 'text' } },
      { type: 'block-delta', index: 0, delta: { type: 'text', text: 'Found' } },
      { type: 'block-end', index: 0 },
      { type: 'message-end', finishReason: 'stop-sequence', stopSequence: '###' },
    ]);
  });

  it('reads an overloaded error event as a 529', () => {
    const parser = createAnthropicStreamParser();
    expect(parser.push(sse('error', { error: { type: 'overloaded_error', message: 'Overloaded' } }))).toEqual([
      { type: 'error', error: { status: 529, message: 'Overloaded', type: 'overloaded_error' } },
    ]);
  });
});
