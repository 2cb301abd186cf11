// Folds neutral stream events into a neutral response: for session logs, and for answering a client
// that asked for a whole response from a provider that only streams.
import type { ContentBlock, ReasoningBlock } from './content.ts';
import type { IrError } from './error.ts';
import type { IrResponse } from './response.ts';
import type { IrStreamEvent } from './stream-event.ts';

export interface ResponseCollector {
  push(event: IrStreamEvent): void;
  /** The response so far; `finishReason` stays 'other' until the message ends. */
  result(): IrResponse;
  errors(): readonly IrError[];
}

const appendDelta = (block: ContentBlock, event: Extract<IrStreamEvent, { type: 'block-delta' }>): void => {
  const { delta } = event;
  if (delta.type === 'text' && block.type === 'text') block.text += delta.text;
  else if (delta.type === 'reasoning' && block.type === 'reasoning') block.text += delta.text;
  else if (delta.type === 'tool-call' && block.type === 'tool-call') block.arguments += delta.argumentsDelta;
  else if (delta.type === 'reasoning-signature' && block.type === 'reasoning') {
    const previous = block.signature?.format === delta.format ? block.signature.value : '';
    block.signature = { format: delta.format, value: previous + delta.signature };
  }
};

const newBlock = (event: Extract<IrStreamEvent, { type: 'block-start' }>): ContentBlock => {
  const { block } = event;
  if (block.type === 'tool-call') return { type: 'tool-call', id: block.id, name: block.name, arguments: '' };
  if (block.type === 'text') return { type: 'text', text: '' };
  const reasoning: ReasoningBlock = { type: 'reasoning', text: '' };
  return block.redacted !== undefined ? { ...reasoning, redacted: block.redacted } : reasoning;
};

export const createResponseCollector = (): ResponseCollector => {
  const response: IrResponse = { id: '', model: '', content: [], finishReason: 'other' };
  const blocks = new Map<number, ContentBlock>();
  const errors: IrError[] = [];
  return {
    push(event) {
      switch (event.type) {
        case 'message-start':
          response.id = event.id;
          response.model = event.model;
          if (event.created !== undefined) response.created = event.created;
          return;
        case 'block-start': {
          const block = newBlock(event);
          blocks.set(event.index, block);
          response.content.push(block);
          return;
        }
        case 'block-delta': {
          const block = blocks.get(event.index);
          if (block !== undefined) appendDelta(block, event);
          return;
        }
        case 'block-end': {
          const block = blocks.get(event.index);
          if (block !== undefined && block.type !== 'opaque' && event.extensions !== undefined) {
            block.extensions = { ...block.extensions, ...event.extensions };
          }
          return;
        }
        case 'usage':
          response.usage = event.usage;
          return;
        case 'message-end':
          response.finishReason = event.finishReason;
          if (event.stopSequence !== undefined) response.stopSequence = event.stopSequence;
          return;
        case 'error':
          errors.push(event.error);
      }
    },
    result: () => response,
    errors: () => errors,
  };
};
