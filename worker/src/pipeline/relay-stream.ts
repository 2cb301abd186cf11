// Passes an upstream stream to the client byte for byte. It first waits for the first content event,
// so a stream that fails or ends empty before that can still be failed over invisibly; after that,
// every chunk is forwarded as it arrives, observed on the way for usage, with an idle timeout that
// ends the stream with the client format's error event.
import type { WireFormat } from '../formats/format.ts';
import type { Usage } from '../formats/ir/usage.ts';
import { createSseObserver } from '../sse/observe-sse.ts';
import { createUsageObserver } from '../usage/usage-from-wire.ts';
import type { UpstreamFailure } from '../upstream/classify-upstream-error.ts';
import { renderStreamError } from './render-stream-error.ts';
import { parseEventData, signalOf } from './stream-signals.ts';

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

function timeoutRace<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    if (timer !== undefined) clearTimeout(timer);
  });
}

export async function relayStream(response: Response, options: RelayOptions): Promise<RelayStart> {
  if (response.body === null) return { ok: false, failure: { kind: 'empty_stream' } };
  const reader = response.body.getReader();
  const usage = createUsageObserver(options.format);
  const isSse = (response.headers.get('content-type') ?? '').includes('text/event-stream');
  // Set from the SSE callback as events complete.
  const seen: { content: boolean; error: string | undefined } = { content: false, error: undefined };
  const sse = createSseObserver((event) => {
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
  return { ok: true, body: clientStream(reader, prelude, options, { sse, isSse, usage }) };
}

interface Observers {
  sse: ReturnType<typeof createSseObserver>;
  isSse: boolean;
  usage: ReturnType<typeof createUsageObserver>;
}

function clientStream(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  prelude: Uint8Array[],
  options: RelayOptions,
  observers: Observers,
): ReadableStream<Uint8Array> {
  let ended = false;
  const end = (how: StreamEnd) => {
    if (ended) return;
    ended = true;
    options.onEnd(how, observers.usage.result());
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        for (const chunk of prelude) controller.enqueue(chunk);
      },
      async pull(controller) {
        let read: ReadableStreamReadResult<Uint8Array> | 'timeout';
        try {
          read = await timeoutRace(reader.read(), options.idleTimeoutMs);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          controller.enqueue(encoder.encode(renderStreamError(options.format, 'upstream', `Upstream stream failed: ${message}`, options.requestId)));
          controller.close();
          return end({ kind: 'upstream_error', message });
        }
        if (read === 'timeout') {
          options.abortUpstream();
          controller.enqueue(encoder.encode(renderStreamError(options.format, 'timeout', 'Request timeout: the upstream stream stalled', options.requestId)));
          controller.close();
          return end({ kind: 'idle_timeout' });
        }
        if (read.done) {
          if (observers.isSse) observers.sse.end();
          controller.close();
          return end({ kind: 'completed' });
        }
        if (observers.isSse) observers.sse.push(read.value);
        controller.enqueue(read.value);
      },
      cancel() {
        options.abortUpstream();
        reader.cancel().catch(() => {});
        end({ kind: 'client_abort' });
      },
    },
    { highWaterMark: 0 },
  );
}
