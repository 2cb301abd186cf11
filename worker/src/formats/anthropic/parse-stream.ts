// Anthropic Messages SSE events → neutral stream events (docs.anthropic.com, "Streaming Messages").
// Blocks with no neutral meaning (server tool results, citations) are skipped with their deltas.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { StreamStep } from '../ir/codec.ts';
import type { FinishReason } from '../ir/finish-reason.ts';
import { parseSseJson } from '../ir/parse-sse-json.ts';
import type { BlockDelta, BlockStart, IrStreamEvent } from '../ir/stream-event.ts';
import { createUsageTap } from '../ir/usage-tap.ts';
import { finishReasonFromAnthropic } from './map-finish-reason.ts';
import { parseAnthropicStreamError } from './parse-error.ts';

type Data = Record<string, unknown>;
const record = (value: unknown): Data => (typeof value === 'object' && value !== null ? (value as Data) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const blockStart = (block: Data): BlockStart | undefined => {
  switch (block.type) {
    case 'text':
      return { type: 'text' };
    case 'thinking':
      return { type: 'reasoning' };
    case 'redacted_thinking':
      return { type: 'reasoning', redacted: { format: 'anthropic', value: text(block.data) } };
    case 'tool_use':
      return { type: 'tool-call', id: text(block.id), name: text(block.name) };
    default:
      return undefined;
  }
};

const blockDelta = (delta: Data): BlockDelta | undefined => {
  switch (delta.type) {
    case 'text_delta':
      return { type: 'text', text: text(delta.text) };
    case 'thinking_delta':
      return { type: 'reasoning', text: text(delta.thinking) };
    case 'signature_delta':
      return { type: 'reasoning-signature', format: 'anthropic', signature: text(delta.signature) };
    case 'input_json_delta':
      return { type: 'tool-call', argumentsDelta: text(delta.partial_json) };
    default:
      return undefined;
  }
};

class AnthropicStreamParser implements StreamStep<SseEvent, IrStreamEvent> {
  private readonly usage = createUsageTap('anthropic');
  /** Neutral block index by Anthropic content index, for the blocks that have a neutral form. */
  private readonly indices = new Map<number, number>();
  private nextIndex = 0;
  private finishReason: FinishReason = 'other';
  private stopSequence: string | undefined;

  push(event: SseEvent): IrStreamEvent[] {
    const data = parseSseJson(event.data);
    if (data === undefined) return [];
    const type = event.event ?? record(data).type;
    const translated = this.translate(type, record(data));
    const usageEvents = this.usage.observe(event.event, data);
    // Usage first except at message_start, so a renderer knows the totals before the message ends.
    return type === 'message_start' ? [...translated, ...usageEvents] : [...usageEvents, ...translated];
  }

  finish(): IrStreamEvent[] {
    return [];
  }

  private translate(type: unknown, data: Data): IrStreamEvent[] {
    const upstreamIndex = typeof data.index === 'number' ? data.index : -1;
    const index = this.indices.get(upstreamIndex);
    switch (type) {
      case 'message_start': {
        const message = record(data.message);
        return [{ type: 'message-start', id: text(message.id), model: text(message.model) }];
      }
      case 'content_block_start':
        return this.startBlock(upstreamIndex, record(data.content_block));
      case 'content_block_delta': {
        const delta = blockDelta(record(data.delta));
        return index === undefined || delta === undefined ? [] : [{ type: 'block-delta', index, delta }];
      }
      case 'content_block_stop':
        this.indices.delete(upstreamIndex);
        return index === undefined ? [] : [{ type: 'block-end', index }];
      case 'message_delta': {
        const delta = record(data.delta);
        this.finishReason = finishReasonFromAnthropic(text(delta.stop_reason) || undefined);
        this.stopSequence = typeof delta.stop_sequence === 'string' ? delta.stop_sequence : undefined;
        return [];
      }
      case 'message_stop': {
        const stop = this.stopSequence !== undefined ? { stopSequence: this.stopSequence } : {};
        return [{ type: 'message-end', finishReason: this.finishReason, ...stop }];
      }
      case 'error':
        return [{ type: 'error', error: parseAnthropicStreamError(data) }];
      default:
        return [];
    }
  }

  private startBlock(upstreamIndex: number, block: Data): IrStreamEvent[] {
    const start = blockStart(block);
    if (start === undefined) return [];
    const index = this.nextIndex++;
    this.indices.set(upstreamIndex, index);
    const initial = block.type === 'text' ? text(block.text) : '';
    const opened: IrStreamEvent = { type: 'block-start', index, block: start };
    return initial === '' ? [opened] : [opened, { type: 'block-delta', index, delta: { type: 'text', text: initial } }];
  }
}

export const createAnthropicStreamParser = (): StreamStep<SseEvent, IrStreamEvent> => new AnthropicStreamParser();
