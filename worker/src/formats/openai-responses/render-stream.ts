// Neutral stream events → OpenAI Responses stream events, with the full item in each
// response.output_item.done and the whole response in response.completed, as Codex reads them.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { RenderContext, StreamStep } from '../ir/codec.ts';
import type { IrError } from '../ir/error.ts';
import { extensionsFor } from '../ir/extensions.ts';
import type { FinishReason } from '../ir/finish-reason.ts';
import type { BlockDelta, BlockStart, IrStreamEvent } from '../ir/stream-event.ts';
import type { Usage } from '../ir/usage.ts';
import { responsesOutcome } from './map-finish-reason.ts';
import { renderResponsesFailure, renderResponsesStreamError } from './render-error.ts';
import { customToolNames } from './custom-tools.ts';
import { customCallItem, functionCallItem, itemId, messageItem } from './render-output.ts';
import { renderResponsesUsage } from './render-usage.ts';

type Rendered = Record<string, unknown>;
interface OpenBlock {
  start: BlockStart;
  /** A call of one of the client's custom tools: its raw input can only be read once the call is whole. */
  custom: boolean;
  id: string;
  outputIndex: number;
  text: string;
  encrypted?: string;
}

const itemPrefix = { text: 'msg', reasoning: 'rs', 'tool-call': 'fc' } as const;
const summaryPart = (text: string): Rendered => ({ type: 'summary_text', text });
const textPart = (text: string): Rendered => ({ type: 'output_text', text, annotations: [] });

class ResponsesStreamRenderer implements StreamStep<IrStreamEvent, SseEvent> {
  private readonly open = new Map<number, OpenBlock>();
  private readonly output: Rendered[] = [];
  private sequence = 0;
  private head = { id: '', model: '', created_at: 0 };
  private usage: Usage | undefined;
  private readonly customTools: ReadonlySet<string>;

  constructor(customTools: ReadonlySet<string>) {
    this.customTools = customTools;
  }

  push(event: IrStreamEvent): SseEvent[] {
    switch (event.type) {
      case 'message-start':
        this.head = { id: event.id, model: event.model, created_at: event.created ?? 0 };
        return [
          this.emit('response.created', { response: this.response('in_progress') }),
          this.emit('response.in_progress', { response: this.response('in_progress') }),
        ];
      case 'block-start':
        return this.startBlock(event.index, event.block);
      case 'block-delta': {
        const block = this.open.get(event.index);
        return block === undefined ? [] : this.deltaBlock(block, event.delta);
      }
      case 'block-end':
        return this.endBlock(event.index, extensionsFor(event.extensions, 'openai-responses').item);
      case 'usage':
        this.usage = event.usage;
        return [];
      case 'message-end':
        return this.endMessage(event.finishReason);
      case 'error':
        return this.fail(event.error);
    }
  }

  finish(): SseEvent[] {
    return [];
  }

  private emit(type: string, payload: Rendered): SseEvent {
    return { event: type, data: JSON.stringify({ type, sequence_number: this.sequence++, ...payload }) };
  }

  private response(status: string, extra: Rendered = {}): Rendered {
    return { ...this.head, object: 'response', status, output: this.output, ...extra };
  }

  private startBlock(index: number, start: BlockStart): SseEvent[] {
    const outputIndex = this.output.length + this.open.size;
    const custom = start.type === 'tool-call' && this.customTools.has(start.name);
    const id = itemId(custom ? 'ctc' : itemPrefix[start.type], this.head.id, outputIndex);
    const block: OpenBlock = { start, custom, id, outputIndex, text: '' };
    this.open.set(index, block);
    const at = { output_index: outputIndex };
    const part = { ...at, item_id: block.id };
    if (start.type === 'tool-call' && custom) {
      const item = { ...customCallItem(block.id, { ...start, arguments: '' }), status: 'in_progress', input: '' };
      return [this.emit('response.output_item.added', { ...at, item })];
    }
    if (start.type === 'tool-call') {
      const item = { ...functionCallItem(block.id, { ...start, arguments: '' }), status: 'in_progress' };
      return [this.emit('response.output_item.added', { ...at, item })];
    }
    if (start.type === 'reasoning') {
      return [
        this.emit('response.output_item.added', { ...at, item: { id: block.id, type: 'reasoning', summary: [] } }),
        this.emit('response.reasoning_summary_part.added', { ...part, summary_index: 0, part: summaryPart('') }),
      ];
    }
    const item = { id: block.id, type: 'message', status: 'in_progress', role: 'assistant', content: [] };
    return [
      this.emit('response.output_item.added', { ...at, item }),
      this.emit('response.content_part.added', { ...part, content_index: 0, part: textPart('') }),
    ];
  }

  private deltaBlock(block: OpenBlock, delta: BlockDelta): SseEvent[] {
    const at = { item_id: block.id, output_index: block.outputIndex };
    switch (delta.type) {
      case 'text':
        block.text += delta.text;
        return [this.emit('response.output_text.delta', { ...at, content_index: 0, delta: delta.text })];
      case 'reasoning':
        block.text += delta.text;
        return [this.emit('response.reasoning_summary_text.delta', { ...at, summary_index: 0, delta: delta.text })];
      case 'tool-call':
        block.text += delta.argumentsDelta;
        if (block.custom) return [];
        return [this.emit('response.function_call_arguments.delta', { ...at, delta: delta.argumentsDelta })];
      case 'reasoning-signature':
        if (delta.format === 'openai-responses') block.encrypted = delta.signature;
        return [];
    }
  }

  /** `original` is the Responses reasoning item that came from upstream, given back unchanged. */
  private endBlock(index: number, original: unknown): SseEvent[] {
    const block = this.open.get(index);
    if (block === undefined) return [];
    this.open.delete(index);
    const at = { item_id: block.id, output_index: block.outputIndex };
    const done = (item: Rendered): SseEvent => {
      this.output.push(item);
      return this.emit('response.output_item.done', { output_index: block.outputIndex, item });
    };
    if (block.start.type === 'tool-call' && block.custom) {
      const item = customCallItem(block.id, { ...block.start, arguments: block.text });
      return [
        this.emit('response.custom_tool_call_input.delta', { ...at, delta: item.input }),
        this.emit('response.custom_tool_call_input.done', { ...at, input: item.input }),
        done(item),
      ];
    }
    if (block.start.type === 'tool-call') {
      const item = functionCallItem(block.id, { ...block.start, arguments: block.text });
      return [this.emit('response.function_call_arguments.done', { ...at, arguments: block.text }), done(item)];
    }
    if (block.start.type === 'reasoning') {
      const encrypted = block.encrypted !== undefined ? { encrypted_content: block.encrypted } : {};
      const rebuilt = { id: block.id, type: 'reasoning', summary: block.text === '' ? [] : [summaryPart(block.text)], ...encrypted };
      return [
        this.emit('response.reasoning_summary_text.done', { ...at, summary_index: 0, text: block.text }),
        this.emit('response.reasoning_summary_part.done', { ...at, summary_index: 0, part: summaryPart(block.text) }),
        done(typeof original === 'object' && original !== null ? (original as Rendered) : rebuilt),
      ];
    }
    return [
      this.emit('response.output_text.done', { ...at, content_index: 0, text: block.text }),
      this.emit('response.content_part.done', { ...at, content_index: 0, part: textPart(block.text) }),
      done(messageItem(block.id, block.text)),
    ];
  }

  private endMessage(reason: FinishReason): SseEvent[] {
    const closing = [...this.open.keys()].flatMap((index) => this.endBlock(index, undefined));
    const outcome = responsesOutcome(reason);
    const type = `response.${outcome.status}`;
    const extra = {
      incomplete_details: outcome.incompleteReason !== undefined ? { reason: outcome.incompleteReason } : null,
      ...(this.usage !== undefined ? { usage: renderResponsesUsage(this.usage) } : {}),
    };
    return [...closing, this.emit(type, { response: this.response(outcome.status, extra) })];
  }

  // Codex ignores `error` events and reads only response.failed; SDK users see both.
  private fail(error: IrError): SseEvent[] {
    const failed = this.response('failed', { error: renderResponsesFailure(error), incomplete_details: null });
    return [this.emit('error', renderResponsesStreamError(error)), this.emit('response.failed', { response: failed })];
  }
}

export const createResponsesStreamRenderer = (context: RenderContext = {}): StreamStep<IrStreamEvent, SseEvent> =>
  new ResponsesStreamRenderer(customToolNames(context.request));
