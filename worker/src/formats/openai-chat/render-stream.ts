// Neutral stream events → OpenAI Chat Completions chunks. Usage rides on the finishing chunk so that
// clients reading only choices[0] still work, then `[DONE]` closes the stream.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { StreamStep } from '../ir/codec.ts';
import type { IrStreamEvent } from '../ir/stream-event.ts';
import type { Usage } from '../ir/usage.ts';
import { chatFinishReason } from './map-finish-reason.ts';
import { renderOpenAiError } from './render-error.ts';
import { renderChatUsage } from './render-usage.ts';

export const createChatStreamRenderer = (): StreamStep<IrStreamEvent, SseEvent> => {
  const toolPositions = new Map<number, number>();
  let head = { id: '', created: 0, model: '' };
  let usage: Usage | undefined;

  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null, extra: Record<string, unknown> = {}): SseEvent => ({
    data: JSON.stringify({
      id: head.id,
      object: 'chat.completion.chunk',
      created: head.created,
      model: head.model,
      choices: [{ index: 0, delta, finish_reason: finishReason }],
      ...extra,
    }),
  });

  const render = (event: IrStreamEvent): SseEvent[] => {
    switch (event.type) {
      case 'message-start':
        head = { id: event.id, created: event.created ?? 0, model: event.model };
        return [chunk({ role: 'assistant', content: '' })];
      case 'block-start': {
        if (event.block.type !== 'tool-call') return [];
        const position = toolPositions.size;
        toolPositions.set(event.index, position);
        const call = { index: position, id: event.block.id, type: 'function', function: { name: event.block.name, arguments: '' } };
        return [chunk({ tool_calls: [call] })];
      }
      case 'block-delta': {
        const { delta } = event;
        if (delta.type === 'text') return [chunk({ content: delta.text })];
        if (delta.type === 'reasoning') return [chunk({ reasoning_content: delta.text })];
        const position = toolPositions.get(event.index);
        if (delta.type !== 'tool-call' || position === undefined) return [];
        return [chunk({ tool_calls: [{ index: position, function: { arguments: delta.argumentsDelta } }] })];
      }
      case 'usage':
        usage = event.usage;
        return [];
      case 'message-end': {
        const extra = usage !== undefined ? { usage: renderChatUsage(usage) } : {};
        return [chunk({}, chatFinishReason(event.finishReason), extra), { data: '[DONE]' }];
      }
      case 'error':
        return [{ data: JSON.stringify(renderOpenAiError(event.error)) }];
      case 'block-end':
        return [];
    }
  };

  return { push: render, finish: () => [] };
};
