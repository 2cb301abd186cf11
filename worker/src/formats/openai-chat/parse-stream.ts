// OpenAI Chat Completions chunks → neutral stream events. Chat has no block boundaries, so a block ends
// when the next kind of output starts; the message ends at [DONE], after the usage-only chunk.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { StreamStep } from '../ir/codec.ts';
import type { FinishReason } from '../ir/finish-reason.ts';
import { parseSseJson } from '../ir/parse-sse-json.ts';
import type { BlockDelta, BlockStart, IrStreamEvent } from '../ir/stream-event.ts';
import { createUsageTap } from '../ir/usage-tap.ts';
import { finishReasonFromChat } from './map-finish-reason.ts';
import { parseOpenAiStreamError } from './parse-error.ts';

type Data = Record<string, unknown>;
const record = (value: unknown): Data => (typeof value === 'object' && value !== null ? (value as Data) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

class ChatStreamParser implements StreamStep<SseEvent, IrStreamEvent> {
  private readonly usage = createUsageTap('openai-chat');
  /** Block index of each tool call, by the call's position in `tool_calls`. */
  private readonly toolBlocks = new Map<number, number>();
  private current: { key: string; index: number } | undefined;
  private nextIndex = 0;
  private started = false;
  private finishReason: FinishReason | undefined;
  private ended = false;

  push(event: SseEvent): IrStreamEvent[] {
    if (event.data.trim() === '[DONE]') return this.finish();
    const data = parseSseJson(event.data);
    if (data === undefined) return [];
    return [...this.readChunk(record(data)), ...this.usage.observe(event.event, data)];
  }

  finish(): IrStreamEvent[] {
    if (this.ended || this.finishReason === undefined) return [];
    this.ended = true;
    return [...this.closeCurrent(), { type: 'message-end', finishReason: this.finishReason }];
  }

  private readChunk(chunk: Data): IrStreamEvent[] {
    if (chunk.error !== undefined) return [{ type: 'error', error: parseOpenAiStreamError(chunk) }];
    const events: IrStreamEvent[] = [];
    if (!this.started) {
      this.started = true;
      const created = typeof chunk.created === 'number' ? { created: chunk.created } : {};
      events.push({ type: 'message-start', id: text(chunk.id), model: text(chunk.model), ...created });
    }
    const choice = record(Array.isArray(chunk.choices) ? chunk.choices[0] : undefined);
    events.push(...this.readDelta(record(choice.delta)));
    if (typeof choice.finish_reason === 'string') {
      this.finishReason = finishReasonFromChat(choice.finish_reason);
      events.push(...this.closeCurrent());
    }
    return events;
  }

  private readDelta(delta: Data): IrStreamEvent[] {
    // `reasoning` is how OpenRouter and some other Chat-compatible servers name reasoning_content.
    const reasoning = text(delta.reasoning_content) || text(delta.reasoning);
    const content = text(delta.content) || text(delta.refusal);
    const calls = Array.isArray(delta.tool_calls) ? delta.tool_calls : [];
    return [
      ...(reasoning !== '' ? this.append('reasoning', { type: 'reasoning' }, { type: 'reasoning', text: reasoning }) : []),
      ...(content !== '' ? this.append('text', { type: 'text' }, { type: 'text', text: content }) : []),
      ...calls.flatMap((call) => this.readToolCall(record(call))),
    ];
  }

  private readToolCall(call: Data): IrStreamEvent[] {
    const position = typeof call.index === 'number' ? call.index : 0;
    const fn = record(call.function);
    const args = text(fn.arguments);
    const known = this.toolBlocks.get(position);
    const delta: IrStreamEvent[] = [];
    if (known !== undefined) {
      // A late delta for a call that is no longer the current block still belongs to that call.
      if (args !== '') delta.push({ type: 'block-delta', index: known, delta: { type: 'tool-call', argumentsDelta: args } });
      return delta;
    }
    const opened = this.enter(`tool:${position}`, { type: 'tool-call', id: text(call.id), name: text(fn.name) });
    this.toolBlocks.set(position, opened.index);
    if (args !== '') delta.push({ type: 'block-delta', index: opened.index, delta: { type: 'tool-call', argumentsDelta: args } });
    return [...opened.events, ...delta];
  }

  private append(key: string, start: BlockStart, delta: BlockDelta): IrStreamEvent[] {
    const entered = this.enter(key, start);
    return [...entered.events, { type: 'block-delta', index: entered.index, delta }];
  }

  /** Ends the open block unless it is `key`, and opens a block for `key` when needed. */
  private enter(key: string, start: BlockStart): { events: IrStreamEvent[]; index: number } {
    if (this.current?.key === key) return { events: [], index: this.current.index };
    const closed = this.closeCurrent();
    const index = this.nextIndex++;
    this.current = { key, index };
    return { events: [...closed, { type: 'block-start', index, block: start }], index };
  }

  private closeCurrent(): IrStreamEvent[] {
    const events: IrStreamEvent[] = this.current !== undefined ? [{ type: 'block-end', index: this.current.index }] : [];
    this.current = undefined;
    return events;
  }
}

export const createChatStreamParser = (): StreamStep<SseEvent, IrStreamEvent> => new ChatStreamParser();
