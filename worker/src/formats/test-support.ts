// Helpers shared by the codec tests: run recorded streams through codecs, and reduce wire bodies and
// responses to what must survive conversion (tool ids are compared by position, not by spelling).
import { createSseDecoder } from '../sse/decode-sse.ts';
import { createSseEncoder } from '../sse/encode-sse.ts';
import type { SseEvent } from '../sse/sse-event.ts';
import { collect, runThrough, streamOf } from '../sse/test-support.ts';
import type { WireFormat } from './format.ts';
import { codecFor } from './codecs.ts';
import { createResponseCollector } from './ir/collect-response.ts';
import type { IrError } from './ir/error.ts';
import type { IrResponse } from './ir/response.ts';
import type { IrStreamEvent } from './ir/stream-event.ts';
import { createStreamTranslation, toTransformStream } from './translate-stream.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const toBytes = (text: string): Uint8Array => encoder.encode(text);

export const sseEventsOf = (text: string): Promise<SseEvent[]> => runThrough([toBytes(text)], createSseDecoder());

/** Upstream bytes in `provider` format → client bytes in `client` format, through the whole chain. */
export const translateBytes = async (chunks: Uint8Array[], provider: WireFormat, client: WireFormat): Promise<string> => {
  const stream = streamOf(chunks)
    .pipeThrough(createSseDecoder())
    .pipeThrough(toTransformStream(createStreamTranslation(codecFor(provider), codecFor(client))))
    .pipeThrough(createSseEncoder());
  return (await collect(stream)).map((chunk) => decoder.decode(chunk)).join('');
};

export const parseStream = async (text: string, format: WireFormat): Promise<IrStreamEvent[]> => {
  const parser = codecFor(format).createStreamParser();
  const events = await sseEventsOf(text);
  return [...events.flatMap((event) => parser.push(event)), ...parser.finish()];
};

export const collectStream = async (text: string, format: WireFormat): Promise<{ response: IrResponse; errors: readonly IrError[] }> => {
  const collector = createResponseCollector();
  for (const event of await parseStream(text, format)) collector.push(event);
  return { response: collector.result(), errors: collector.errors() };
};

/** Replaces tool-call ids (all spelled `call_…` in the fixtures, or synthesised as such) by their order. */
export const normalizeCallIds = <T>(value: T): T => {
  const seen = new Map<string, string>();
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string' && /^call_[A-Za-z0-9_]+$/.test(node)) {
      if (!seen.has(node)) seen.set(node, `call#${seen.size}`);
      return seen.get(node);
    }
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, walk(inner)]));
    }
    return node;
  };
  return walk(value) as T;
};

/** What a response means, without vendor-only detail: no extensions, signatures or block boundaries of text. */
export const meaningOf = (response: IrResponse): unknown =>
  normalizeCallIds({
    content: response.content.map((block) => {
      switch (block.type) {
        case 'reasoning':
          return { type: 'reasoning', text: block.text };
        case 'tool-call':
          return { type: 'tool-call', id: block.id, name: block.name, arguments: JSON.parse(block.arguments || '{}') as unknown };
        case 'text':
          return { type: 'text', text: block.text };
        default:
          return block;
      }
    }),
    finishReason: response.finishReason,
  });
