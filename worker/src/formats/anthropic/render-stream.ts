// Neutral stream events → Anthropic Messages SSE events, in the order the Anthropic SDK expects:
// message_start, content_block_start/delta/stop per block, message_delta with usage, message_stop.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { StreamStep } from '../ir/codec.ts';
import type { BlockDelta, BlockStart, IrStreamEvent } from '../ir/stream-event.ts';
import type { Usage } from '../ir/usage.ts';
import { emptyUsage } from '../ir/usage.ts';
import { anthropicStopReason } from './map-finish-reason.ts';
import { renderAnthropicError } from './render-error.ts';
import { renderAnthropicUsage } from './render-usage.ts';

const sse = (type: string, payload: Record<string, unknown>): SseEvent => ({
  event: type,
  data: JSON.stringify({ type, ...payload }),
});

const contentBlock = (block: BlockStart): Record<string, unknown> => {
  switch (block.type) {
    case 'text':
      return { type: 'text', text: '' };
    case 'reasoning':
      return block.redacted?.format === 'anthropic'
        ? { type: 'redacted_thinking', data: block.redacted.value }
        : { type: 'thinking', thinking: '', signature: '' };
    case 'tool-call':
      return { type: 'tool_use', id: block.id, name: block.name, input: {} };
  }
};

const deltaPayload = (delta: BlockDelta): Record<string, unknown> | undefined => {
  switch (delta.type) {
    case 'text':
      return { type: 'text_delta', text: delta.text };
    case 'reasoning':
      return { type: 'thinking_delta', thinking: delta.text };
    case 'reasoning-signature':
      // Another vendor's signature would make Anthropic reject the block when the client sends it back.
      return delta.format === 'anthropic' ? { type: 'signature_delta', signature: delta.signature } : undefined;
    case 'tool-call':
      return { type: 'input_json_delta', partial_json: delta.argumentsDelta };
  }
};

export const createAnthropicStreamRenderer = (): StreamStep<IrStreamEvent, SseEvent> => {
  const indices = new Map<number, number>();
  const open = new Set<number>();
  let nextIndex = 0;
  let usage: Usage | undefined;

  const stop = (index: number): SseEvent[] => {
    if (!open.delete(index)) return [];
    return [sse('content_block_stop', { index })];
  };

  const render = (event: IrStreamEvent): SseEvent[] => {
    switch (event.type) {
      case 'message-start': {
        const message = {
          id: event.id, type: 'message', role: 'assistant', model: event.model, content: [],
          stop_reason: null, stop_sequence: null, usage: renderAnthropicUsage(usage ?? emptyUsage()),
        };
        return [sse('message_start', { message })];
      }
      case 'block-start': {
        const index = nextIndex++;
        indices.set(event.index, index);
        open.add(index);
        return [sse('content_block_start', { index, content_block: contentBlock(event.block) })];
      }
      case 'block-delta': {
        const index = indices.get(event.index);
        const delta = deltaPayload(event.delta);
        return index === undefined || delta === undefined ? [] : [sse('content_block_delta', { index, delta })];
      }
      case 'block-end': {
        const index = indices.get(event.index);
        return index === undefined ? [] : stop(index);
      }
      case 'usage':
        usage = event.usage;
        return [];
      case 'message-end': {
        const closing = [...open].flatMap(stop);
        const delta = { stop_reason: anthropicStopReason(event.finishReason), stop_sequence: event.stopSequence ?? null };
        const messageDelta = sse('message_delta', { delta, usage: renderAnthropicUsage(usage ?? emptyUsage()) });
        return [...closing, messageDelta, sse('message_stop', {})];
      }
      case 'error':
        return [{ event: 'error', data: JSON.stringify(renderAnthropicError(event.error)) }];
    }
  };

  return { push: render, finish: () => [] };
};
