// Gemini streamGenerateContent (alt=sse) chunks → neutral stream events. Each chunk is a whole
// GenerateContentResponse; text and thoughts arrive in pieces, function calls arrive whole.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { StreamStep } from '../ir/codec.ts';
import { extensionsOf } from '../ir/extensions.ts';
import type { FinishReason } from '../ir/finish-reason.ts';
import { argumentsText } from '../ir/json-arguments.ts';
import { parseSseJson } from '../ir/parse-sse-json.ts';
import type { IrStreamEvent } from '../ir/stream-event.ts';
import { createUsageTap, type UsageTap } from '../ir/usage-tap.ts';
import { finishReasonFromGemini } from './map-finish-reason.ts';
import { parseGeminiError } from './parse-error.ts';
import { synthesizeCallId } from './synthesize-call-id.ts';
import type { WirePart } from './wire.ts';

type Data = Record<string, unknown>;
type FunctionCall = NonNullable<WirePart['functionCall']>;
const record = (value: unknown): Data => (typeof value === 'object' && value !== null ? (value as Data) : {});

class GeminiStreamParser implements StreamStep<SseEvent, IrStreamEvent> {
  private current: { kind: 'text' | 'reasoning'; index: number } | undefined;
  private nextIndex = 0;
  private callCount = 0;
  private responseId: string | undefined;
  private finishReason: FinishReason | undefined;
  private hasToolCalls = false;
  private ended = false;
  // After an error nothing else is reported: the client has already been told the stream failed.
  private failed = false;
  private readonly unwrap: (data: unknown) => unknown;
  private readonly usage: UsageTap;

  constructor(unwrap: (data: unknown) => unknown, usage: UsageTap) {
    this.unwrap = unwrap;
    this.usage = usage;
  }

  push(event: SseEvent): IrStreamEvent[] {
    const raw = parseSseJson(event.data);
    if (raw === undefined || this.failed) return [];
    const events = [...this.readChunk(record(this.unwrap(raw))), ...this.usage.observe(event.event, raw)];
    // The chunk with the finish reason also carries the final usage: the message ends with it.
    return this.finishReason === undefined || this.ended ? events : [...events, ...this.finish()];
  }

  // Gemini has no end-of-stream event: a message without a finish reason ends when the stream does.
  finish(): IrStreamEvent[] {
    if (this.failed) return [];
    if (this.ended || this.finishReason === undefined) return this.close();
    this.ended = true;
    return [...this.close(), { type: 'message-end', finishReason: this.finishReason }];
  }

  private readChunk(chunk: Data): IrStreamEvent[] {
    if (chunk.error !== undefined) {
      this.failed = true;
      return [{ type: 'error', error: parseGeminiError(500, chunk) }];
    }
    const events: IrStreamEvent[] = [];
    if (this.responseId === undefined) {
      this.responseId = typeof chunk.responseId === 'string' ? chunk.responseId : '';
      events.push({ type: 'message-start', id: this.responseId, model: typeof chunk.modelVersion === 'string' ? chunk.modelVersion : '' });
    }
    const candidate = record(Array.isArray(chunk.candidates) ? chunk.candidates[0] : undefined);
    const parts = record(candidate.content).parts;
    for (const part of Array.isArray(parts) ? (parts as WirePart[]) : []) events.push(...this.readPart(part));
    if (typeof candidate.finishReason === 'string') this.finishReason = finishReasonFromGemini(candidate.finishReason, this.hasToolCalls);
    // A prompt blocked before generation has no content, only promptFeedback.blockReason.
    else if (candidate.content === undefined && record(chunk.promptFeedback).blockReason !== undefined) {
      this.finishReason = 'content-filter';
    }
    return events;
  }

  private readPart(part: WirePart): IrStreamEvent[] {
    if (part.functionCall !== undefined) return this.readCall(part, part.functionCall);
    const signature = part.thoughtSignature;
    if (part.text === undefined || (part.text === '' && signature === undefined)) return [];
    // A signature on an empty part belongs to the model's thinking; it rides on a reasoning block.
    const kind = part.thought === true || part.text === '' ? 'reasoning' : 'text';
    const entered = this.enter(kind);
    const events: IrStreamEvent[] = [...entered.events];
    if (part.text !== '') events.push({ type: 'block-delta', index: entered.index, delta: { type: kind, text: part.text } });
    if (signature !== undefined && kind === 'reasoning') {
      events.push({ type: 'block-delta', index: entered.index, delta: { type: 'reasoning-signature', format: 'gemini', signature } });
    }
    return events;
  }

  private readCall(part: WirePart, call: FunctionCall): IrStreamEvent[] {
    this.hasToolCalls = true;
    const args = argumentsText(call.args);
    const id = call.id ?? synthesizeCallId(this.responseId ?? '', this.callCount++, call.name, args);
    const index = this.nextIndex++;
    const kept = extensionsOf('gemini', {
      ...(part.thoughtSignature ? { thoughtSignature: part.thoughtSignature } : {}),
      ...(call.id ? { id: call.id } : {}),
    });
    return [
      ...this.close(),
      { type: 'block-start', index, block: { type: 'tool-call', id, name: call.name } },
      { type: 'block-delta', index, delta: { type: 'tool-call', argumentsDelta: args } },
      { type: 'block-end', index, ...(kept !== undefined ? { extensions: kept } : {}) },
    ];
  }

  private enter(kind: 'text' | 'reasoning'): { events: IrStreamEvent[]; index: number } {
    if (this.current?.kind === kind) return { events: [], index: this.current.index };
    const closed = this.close();
    this.current = { kind, index: this.nextIndex++ };
    return { events: [...closed, { type: 'block-start', index: this.current.index, block: { type: kind } }], index: this.current.index };
  }

  private close(): IrStreamEvent[] {
    const events: IrStreamEvent[] = this.current !== undefined ? [{ type: 'block-end', index: this.current.index }] : [];
    this.current = undefined;
    return events;
  }
}

/** `unwrap` and `usage` let gemini-cli reuse this parser for its `{response: …}` envelope. */
export const createGeminiStreamParser = (
  unwrap: (data: unknown) => unknown = (data) => data,
  usage: UsageTap = createUsageTap('gemini'),
): StreamStep<SseEvent, IrStreamEvent> => new GeminiStreamParser(unwrap, usage);
