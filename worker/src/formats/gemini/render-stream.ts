// Neutral stream events → Gemini streamGenerateContent (alt=sse) chunks. Text and thoughts go out as
// they arrive; a function call goes out whole when its block ends, because Gemini has no partial calls.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { StreamStep } from '../ir/codec.ts';
import { extensionsFor } from '../ir/extensions.ts';
import { argumentsObject } from '../ir/json-arguments.ts';
import type { IrStreamEvent } from '../ir/stream-event.ts';
import type { Usage } from '../ir/usage.ts';
import { geminiFinishReason } from './map-finish-reason.ts';
import { renderGeminiError } from './render-error.ts';
import { renderGeminiUsage } from './render-usage.ts';

type Rendered = Record<string, unknown>;

/** `wrap` lets gemini-cli reuse this renderer for its `{response: …}` envelope. */
export const createGeminiStreamRenderer = (
  wrap: (chunk: Rendered) => Rendered = (chunk) => chunk,
): StreamStep<IrStreamEvent, SseEvent> => {
  const calls = new Map<number, { id: string; name: string; args: string }>();
  let head = { responseId: '', modelVersion: '' };
  let usage: Usage | undefined;

  const chunk = (parts: Rendered[], candidate: Rendered = {}, top: Rendered = {}): SseEvent => ({
    data: JSON.stringify(wrap({ candidates: [{ content: { role: 'model', parts }, index: 0, ...candidate }], ...top, ...head })),
  });

  const render = (event: IrStreamEvent): SseEvent[] => {
    switch (event.type) {
      case 'message-start':
        head = { responseId: event.id, modelVersion: event.model };
        return [];
      case 'block-start':
        if (event.block.type === 'tool-call') calls.set(event.index, { id: event.block.id, name: event.block.name, args: '' });
        return [];
      case 'block-delta': {
        const { delta } = event;
        if (delta.type === 'text') return delta.text === '' ? [] : [chunk([{ text: delta.text }])];
        if (delta.type === 'reasoning') return delta.text === '' ? [] : [chunk([{ text: delta.text, thought: true }])];
        if (delta.type === 'reasoning-signature') {
          return delta.format === 'gemini' ? [chunk([{ text: '', thought: true, thoughtSignature: delta.signature }])] : [];
        }
        const call = calls.get(event.index);
        if (call !== undefined) call.args += delta.argumentsDelta;
        return [];
      }
      case 'block-end': {
        const call = calls.get(event.index);
        if (call === undefined) return [];
        calls.delete(event.index);
        const { thoughtSignature } = extensionsFor(event.extensions, 'gemini');
        const part = {
          functionCall: { id: call.id, name: call.name, args: argumentsObject(call.args) },
          ...(typeof thoughtSignature === 'string' ? { thoughtSignature } : {}),
        };
        return [chunk([part])];
      }
      case 'usage':
        usage = event.usage;
        return [];
      case 'message-end': {
        const top = usage !== undefined ? { usageMetadata: renderGeminiUsage(usage) } : {};
        return [chunk([{ text: '' }], { finishReason: geminiFinishReason(event.finishReason) }, top)];
      }
      case 'error':
        return [{ data: JSON.stringify(renderGeminiError(event.error)) }];
    }
  };

  return { push: render, finish: () => [] };
};
