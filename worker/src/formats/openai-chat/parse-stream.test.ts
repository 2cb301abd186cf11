// Chat chunk streams: message end without [DONE], interleaved parallel tool calls, error chunks.
import { describe, expect, it } from 'vitest';
import type { SseEvent } from '../../sse/sse-event.ts';
import { createChatStreamParser } from './parse-stream.ts';

const chunk = (delta: Record<string, unknown>, finish: string | null = null): SseEvent => ({
  data: JSON.stringify({ id: 'c1', model: 'm', created: 3, choices: [{ index: 0, delta, finish_reason: finish }] }),
});

const parse = (events: SseEvent[]) => {
  const parser = createChatStreamParser();
  return [...events.flatMap((event) => parser.push(event)), ...parser.finish()];
};

describe('createChatStreamParser', () => {
  it('ends the message when the stream ends without [DONE]', () => {
    const events = parse([chunk({ content: 'hi' }), chunk({}, 'stop')]);
    expect(events).toEqual([
      { type: 'message-start', id: 'c1', model: 'm', created: 3 },
      { type: 'block-start', index: 0, block: { type: 'text' } },
      { type: 'block-delta', index: 0, delta: { type: 'text', text: 'hi' } },
      { type: 'block-end', index: 0 },
      { type: 'message-end', finishReason: 'stop' },
    ]);
  });

  it('keeps argument deltas with their own call when parallel calls interleave', () => {
    const events = parse([
      chunk({ tool_calls: [{ index: 0, id: 'call_a', function: { name: 'a', arguments: '{"x"' } }] }),
      chunk({ tool_calls: [{ index: 1, id: 'call_b', function: { name: 'b', arguments: '{"y":2}' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: ':1}' } }] }),
      chunk({}, 'tool_calls'),
      { data: '[DONE]' },
    ]);
    const deltas = events.flatMap((e) => (e.type === 'block-delta' && e.delta.type === 'tool-call' ? [[e.index, e.delta.argumentsDelta]] : []));
    expect(deltas).toEqual([[0, '{"x"'], [1, '{"y":2}'], [0, ':1}']]);
    expect(events.at(-1)).toEqual({ type: 'message-end', finishReason: 'tool-calls' });
    expect(events.filter((e) => e.type === 'message-end')).toHaveLength(1);
  });

  it('reports an error chunk with the status its type implies', () => {
    const events = parse([{ data: JSON.stringify({ error: { message: 'slow down', type: 'rate_limit_error', code: 'rate_limit_exceeded' } }) }]);
    expect(events).toEqual([{ type: 'error', error: { status: 429, message: 'slow down', type: 'rate_limit_error', code: 'rate_limit_exceeded' } }]);
  });

  it('skips data that is not JSON instead of failing the stream', () => {
    expect(parse([{ data: 'not json' }])).toEqual([]);
  });
});
