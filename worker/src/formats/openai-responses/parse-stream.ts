// OpenAI Responses stream events → neutral stream events (Responses API, "Streaming events").
// Blocks are keyed by item id (and content index for message text); the full reasoning item from
// response.output_item.done rides on block-end so a Responses client can get it back unchanged.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { StreamStep } from '../ir/codec.ts';
import { parseSseJson } from '../ir/parse-sse-json.ts';
import type { BlockDelta, BlockStart, IrStreamEvent } from '../ir/stream-event.ts';
import { createUsageTap } from '../ir/usage-tap.ts';
import { finishReasonFromResponses } from './map-finish-reason.ts';
import { parseResponsesStreamError } from './parse-error.ts';

type Data = Record<string, unknown>;
const record = (value: unknown): Data => (typeof value === 'object' && value !== null ? (value as Data) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

class ResponsesStreamParser implements StreamStep<SseEvent, IrStreamEvent> {
  private readonly usage = createUsageTap('openai-responses');
  private readonly blocks = new Map<string, number>();
  private nextIndex = 0;
  private hasToolCalls = false;
  // One failure is reported once, though Responses may send both `error` and response.failed for it.
  private failed = false;

  push(event: SseEvent): IrStreamEvent[] {
    const data = parseSseJson(event.data);
    if (data === undefined || this.failed) return [];
    const type = event.event ?? text(record(data).type);
    const usageEvents = this.usage.observe(event.event, data);
    const translated = this.translate(type, record(data));
    this.failed = translated.some((e) => e.type === 'error');
    return [...usageEvents, ...translated];
  }

  finish(): IrStreamEvent[] {
    return [];
  }

  private translate(type: string, data: Data): IrStreamEvent[] {
    const itemKey = text(data.item_id);
    const partKey = `${itemKey}:${String(data.content_index ?? 0)}`;
    switch (type) {
      case 'response.created': {
        const response = record(data.response);
        const created = typeof response.created_at === 'number' ? { created: response.created_at } : {};
        return [{ type: 'message-start', id: text(response.id), model: text(response.model), ...created }];
      }
      case 'response.output_item.added':
        return this.itemAdded(record(data.item));
      case 'response.content_part.added':
        return this.start(partKey, { type: 'text' });
      case 'response.output_text.delta':
      case 'response.refusal.delta':
        return this.delta(partKey, { type: 'text', text: text(data.delta) });
      case 'response.content_part.done':
        return this.end(partKey);
      case 'response.reasoning_summary_part.added':
        // Summary parts of one reasoning item become paragraphs of one reasoning block.
        return data.summary_index === 0 ? [] : this.delta(itemKey, { type: 'reasoning', text: '\n\n' });
      case 'response.reasoning_summary_text.delta':
      case 'response.reasoning_text.delta':
        return this.delta(itemKey, { type: 'reasoning', text: text(data.delta) });
      case 'response.function_call_arguments.delta':
        return this.delta(itemKey, { type: 'tool-call', argumentsDelta: text(data.delta) });
      case 'response.output_item.done':
        return this.itemDone(record(data.item));
      case 'response.completed':
      case 'response.incomplete':
      case 'response.failed':
        return this.finished(record(data.response));
      case 'error':
        return [{ type: 'error', error: parseResponsesStreamError(data) }];
      default:
        return [];
    }
  }

  private start(key: string, block: BlockStart): IrStreamEvent[] {
    const index = this.nextIndex++;
    this.blocks.set(key, index);
    return [{ type: 'block-start', index, block }];
  }

  private delta(key: string, delta: BlockDelta): IrStreamEvent[] {
    const index = this.blocks.get(key);
    return index === undefined ? [] : [{ type: 'block-delta', index, delta }];
  }

  private end(key: string, item?: Data): IrStreamEvent[] {
    const index = this.blocks.get(key);
    if (index === undefined) return [];
    this.blocks.delete(key);
    return [{ type: 'block-end', index, ...(item !== undefined ? { extensions: { 'openai-responses': { item } } } : {}) }];
  }

  private itemAdded(item: Data): IrStreamEvent[] {
    const id = text(item.id);
    if (item.type === 'function_call') {
      this.hasToolCalls = true;
      const opened = this.start(id, { type: 'tool-call', id: text(item.call_id), name: text(item.name) });
      const args = text(item.arguments);
      return args === '' ? opened : [...opened, ...this.delta(id, { type: 'tool-call', argumentsDelta: args })];
    }
    return item.type === 'reasoning' ? this.start(id, { type: 'reasoning' }) : [];
  }

  private itemDone(item: Data): IrStreamEvent[] {
    const id = text(item.id);
    if (item.type === 'reasoning') {
      const encrypted = item.encrypted_content;
      const signature =
        typeof encrypted === 'string'
          ? this.delta(id, { type: 'reasoning-signature', format: 'openai-responses', signature: encrypted })
          : [];
      return [...signature, ...this.end(id, item)];
    }
    if (item.type === 'message') return [...this.blocks.keys()].filter((key) => key.startsWith(`${id}:`)).flatMap((key) => this.end(key));
    return this.end(id);
  }

  private finished(response: Data): IrStreamEvent[] {
    const reason = text(record(response.incomplete_details).reason);
    const outcome = { status: text(response.status) || 'completed', ...(reason !== '' ? { incompleteReason: reason } : {}) };
    const closing = [...this.blocks.keys()].flatMap((key) => this.end(key));
    // A failed response ends as an error, as the client format's error event, not as a normal stop.
    if (outcome.status === 'failed') return [...closing, { type: 'error', error: parseResponsesStreamError(record(response.error)) }];
    return [...closing, { type: 'message-end', finishReason: finishReasonFromResponses(outcome, this.hasToolCalls) }];
  }
}

export const createResponsesStreamParser = (): StreamStep<SseEvent, IrStreamEvent> => new ResponsesStreamParser();
