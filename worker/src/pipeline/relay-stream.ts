// Passes an upstream stream to the client byte for byte. It first waits for the first content event,
// so a stream that fails or ends empty before that can still be failed over invisibly; after that,
// every chunk is forwarded as it arrives, observed on the way for usage, with an idle timeout that
// ends the stream with the client format's error event. After the first content the upstream is read
// into one reused buffer and written to a native pipe, so a long stream holds no more than one
// buffer's worth of its bytes in the isolate.
import type { WireFormat } from '../formats/format.ts';
import type { Usage } from '../formats/ir/usage.ts';
import { createSseObserver } from '../sse/observe-sse.ts';
import { createUsageObserver } from '../usage/usage-from-wire.ts';
import type { UpstreamFailure } from '../upstream/classify-upstream-error.ts';
import { renderStreamError } from './render-stream-error.ts';
import { parseEventData, signalOf } from './stream-signals.ts';
import { timeoutRace } from '../timeout-race.ts';

export type StreamEnd =
  | { kind: 'completed' }
  | { kind: 'idle_timeout' }
  | { kind: 'client_abort' }
  | { kind: 'upstream_error'; message: string };

export interface RelayOptions {
  format: WireFormat;
  requestId: string;
  /** Time left for the first content (the first-byte timeout). */
  firstContentTimeoutMs: number;
  idleTimeoutMs: number;
  abortUpstream(): void;
  /** Called once, when the client's stream is over for any reason. */
  onEnd(end: StreamEnd, usage: Usage | undefined): void;
}

export type RelayStart = { ok: true; body: ReadableStream<Uint8Array> } | { ok: false; failure: UpstreamFailure };

const encoder = new TextEncoder();

export async function relayStream(response: Response, options: RelayOptions): Promise<RelayStart> {
  if (response.body === null) return { ok: false, failure: { kind: 'empty_stream' } };
  const reader = response.body.getReader();
  const usage = createUsageObserver(options.format);
  const isSse = (response.headers.get('content-type') ?? '').includes('text/event-stream');
  // Set from the SSE callback as events complete.
  const seen: { content: boolean; error: string | undefined } = { content: false, error: undefined };
  const sse = createSseObserver((event) => {
    // Once content has begun only usage is still read, and an event whose data never names a usage
    // field (usage, usageMetadata) carries none: most of a long stream is not parsed at all.
    if (seen.content && !event.data.includes('"usage')) return;
    const data = parseEventData(event.data);
    if (data === undefined) return;
    usage.observe(event.event === undefined ? { data } : { event: event.event, data });
    const signal = signalOf(options.format, event.event, data);
    if (signal.kind === 'content') seen.content = true;
    else if (signal.kind === 'error' && !seen.content) seen.error = signal.message;
  });

  // Until the first content: hold the prelude (message_start and the like), fail over on trouble.
  const prelude: Uint8Array[] = [];
  const startedAt = Date.now();
  while (!seen.content) {
    const left = options.firstContentTimeoutMs - (Date.now() - startedAt);
    let read: ReadableStreamReadResult<Uint8Array> | 'timeout';
    try {
      read = await timeoutRace(reader.read(), Math.max(left, 0));
    } catch (error) {
      // A reset before any content is a network failure like any other: fail over.
      return { ok: false, failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
    }
    if (read === 'timeout') {
      options.abortUpstream();
      return { ok: false, failure: { kind: 'timeout', phase: 'first_byte' } };
    }
    if (read.done) {
      sse.end();
      if (seen.error !== undefined) return { ok: false, failure: { kind: 'stream_error', message: seen.error } };
      if (!seen.content) return { ok: false, failure: { kind: 'empty_stream' } };
      break;
    }
    prelude.push(read.value);
    if (isSse) sse.push(read.value);
    else seen.content = read.value.byteLength > 0;
    if (seen.error !== undefined) {
      options.abortUpstream();
      return { ok: false, failure: { kind: 'stream_error', message: seen.error } };
    }
  }
  return { ok: true, body: clientStream(reader, response.body, prelude, options, { sse, isSse, usage }) };
}

interface Observers {
  sse: ReturnType<typeof createSseObserver>;
  isSse: boolean;
  usage: ReturnType<typeof createUsageObserver>;
}

/** Size of the buffer each upstream read fills; the one buffer is reused for the whole stream. */
const readBufferBytes = 64 * 1024;

type ReadNext = () => Promise<ReadableStreamReadResult<Uint8Array>>;

/**
 * Reads the rest of the body into one reused buffer where the body allows it (a byte stream, as
 * fetch bodies are): each read hands the buffer back, and the write below is done with it before
 * the next read. A body that is not a byte stream is read chunk by chunk as before.
 */
function upstreamReads(reader: ReadableStreamDefaultReader<Uint8Array>, body: ReadableStream<Uint8Array>): { next: ReadNext; reuse(chunk: Uint8Array): void; cancel(): Promise<void> } {
  reader.releaseLock();
  let byob: ReadableStreamBYOBReader;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    const again = body.getReader();
    return { next: () => again.read(), reuse: () => {}, cancel: () => again.cancel() };
  }
  let buffer = new ArrayBuffer(readBufferBytes);
  return {
    next: () => byob.read(new Uint8Array(buffer)),
    // A write that kept the buffer (detached it) leaves a fresh one to read into.
    reuse: (chunk) => {
      buffer = chunk.buffer.byteLength > 0 ? (chunk.buffer as ArrayBuffer) : new ArrayBuffer(readBufferBytes);
    },
    cancel: () => byob.cancel(),
  };
}

/**
 * The client's side is an IdentityTransformStream: a write resolves once the client side has taken
 * the bytes, which is what lets the read buffer be reused and keeps backpressure end to end.
 */
function clientStream(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  body: ReadableStream<Uint8Array>,
  prelude: Uint8Array[],
  options: RelayOptions,
  observers: Observers,
): ReadableStream<Uint8Array> {
  const { readable, writable } = new IdentityTransformStream();
  const writer = writable.getWriter();
  const upstream = upstreamReads(reader, body);
  let ended = false;
  const end = (how: StreamEnd) => {
    if (ended) return;
    ended = true;
    options.onEnd(how, observers.usage.result());
  };
  const clientGone = () => {
    if (ended) return;
    options.abortUpstream();
    upstream.cancel().catch(() => {});
    end({ kind: 'client_abort' });
  };
  // The client leaving errors the pipe, also while an upstream read is still waiting.
  writer.closed.catch(clientGone);
  const finish = async (text: string | undefined, how: StreamEnd) => {
    try {
      if (text !== undefined) await writer.write(encoder.encode(text));
      await writer.close();
    } catch {
      return clientGone();
    }
    end(how);
  };
  const pump = async () => {
    try {
      for (const chunk of prelude) if (chunk.byteLength > 0) await writer.write(chunk);
    } catch {
      return clientGone();
    }
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array> | 'timeout';
      try {
        read = await timeoutRace(upstream.next(), options.idleTimeoutMs);
      } catch (error) {
        if (ended) return;
        const message = error instanceof Error ? error.message : String(error);
        return finish(renderStreamError(options.format, 'upstream', `Upstream stream failed: ${message}`, options.requestId), { kind: 'upstream_error', message });
      }
      if (ended) return;
      if (read === 'timeout') {
        options.abortUpstream();
        return finish(renderStreamError(options.format, 'timeout', 'Request timeout: the upstream stream stalled', options.requestId), { kind: 'idle_timeout' });
      }
      if (read.done) {
        if (observers.isSse) observers.sse.end();
        return finish(undefined, { kind: 'completed' });
      }
      if (observers.isSse) observers.sse.push(read.value);
      try {
        await writer.write(read.value);
      } catch {
        return clientGone();
      }
      upstream.reuse(read.value);
    }
  };
  pump().catch((error: unknown) => {
    // Only observation can throw here: the stream breaks as a failed upstream stream would.
    const message = error instanceof Error ? error.message : String(error);
    options.abortUpstream();
    writer.abort(error).catch(() => {});
    end({ kind: 'upstream_error', message });
  });
  return readable;
}
