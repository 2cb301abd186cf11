// The Responses stream renderer against the event sequence and final response Codex relies on.
import { describe, expect, it } from 'vitest';
import type { IrStreamEvent } from '../ir/stream-event.ts';
import { createResponsesStreamRenderer } from './render-stream.ts';

const render = (events: IrStreamEvent[]) => {
  const renderer = createResponsesStreamRenderer();
  return events.flatMap((event) => renderer.push(event)).map((e) => ({ event: e.event, data: JSON.parse(e.data) as Record<string, unknown> }));
};

const conversation: IrStreamEvent[] = [
  { type: 'message-start', id: 'msg_01', model: 'claude', created: 7 },
  { type: 'block-start', index: 0, block: { type: 'reasoning' } },
  { type: 'block-delta', index: 0, delta: { type: 'reasoning', text: 'hmm' } },
  { type: 'block-end', index: 0 },
  { type: 'block-start', index: 1, block: { type: 'text' } },
  { type: 'block-delta', index: 1, delta: { type: 'text', text: 'Hi' } },
  { type: 'block-end', index: 1 },
  { type: 'block-start', index: 2, block: { type: 'tool-call', id: 'call_1', name: 'shell' } },
  { type: 'block-delta', index: 2, delta: { type: 'tool-call', argumentsDelta: '{"c":1}' } },
  { type: 'block-end', index: 2 },
  { type: 'usage', usage: { inputTokens: 8, outputTokens: 4, cacheWrite5mTokens: 0, cacheWrite1hTokens: 0, cacheReadTokens: 2, reasoningTokens: 1 } },
  { type: 'message-end', finishReason: 'tool-calls' },
];

describe('createResponsesStreamRenderer', () => {
  const events = render(conversation);

  it('emits the Responses event types in order with increasing sequence numbers', () => {
    expect(events.map((e) => e.event)).toEqual([
      'response.created', 'response.in_progress',
      'response.output_item.added', 'response.reasoning_summary_part.added', 'response.reasoning_summary_text.delta',
      'response.reasoning_summary_text.done', 'response.reasoning_summary_part.done', 'response.output_item.done',
      'response.output_item.added', 'response.content_part.added', 'response.output_text.delta',
      'response.output_text.done', 'response.content_part.done', 'response.output_item.done',
      'response.output_item.added', 'response.function_call_arguments.delta', 'response.function_call_arguments.done',
      'response.output_item.done', 'response.completed',
    ]);
    expect(events.map((e) => e.data.sequence_number)).toEqual(events.map((_e, i) => i));
    expect(events.every((e) => e.data.type === e.event)).toBe(true);
  });

  it('puts every finished item and the usage in response.completed, as Codex reads them', () => {
    expect(events.at(-1)?.data.response).toEqual({
      id: 'msg_01',
      object: 'response',
      created_at: 7,
      status: 'completed',
      model: 'claude',
      incomplete_details: null,
      output: [
        { id: 'rs_msg01_0', type: 'reasoning', summary: [{ type: 'summary_text', text: 'hmm' }] },
        { id: 'msg_msg01_1', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Hi', annotations: [] }] },
        { id: 'fc_msg01_2', type: 'function_call', status: 'completed', call_id: 'call_1', name: 'shell', arguments: '{"c":1}' },
      ],
      usage: {
        input_tokens: 10,
        input_tokens_details: { cached_tokens: 2 },
        output_tokens: 4,
        output_tokens_details: { reasoning_tokens: 1 },
        total_tokens: 14,
      },
    });
  });

  it('reports running out of tokens as response.incomplete', () => {
    const ended = render([
      { type: 'message-start', id: 'r', model: 'm' },
      { type: 'message-end', finishReason: 'length' },
    ]).at(-1);
    expect(ended).toMatchObject({
      event: 'response.incomplete',
      data: { response: { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } } },
    });
  });
});
