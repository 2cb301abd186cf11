// Decodes an upstream byte stream into server-sent events. UTF-8 is decoded in streaming mode so a
// multi-byte character split across chunks is never corrupted; framing is left to eventsource-parser.
import { createParser } from 'eventsource-parser';
import type { SseEvent } from './sse-event.ts';

const toSseEvent = (message: { event?: string | undefined; data: string; id?: string | undefined }): SseEvent => {
  const event: SseEvent = { data: message.data };
  if (message.event !== undefined) event.event = message.event;
  if (message.id !== undefined) event.id = message.id;
  return event;
};

export const createSseDecoder = (): TransformStream<Uint8Array, SseEvent> => {
  const decoder = new TextDecoder('utf-8');
  let pending: SseEvent[] = [];
  const parser = createParser({ onEvent: (message) => pending.push(toSseEvent(message)) });
  const drain = (controller: TransformStreamDefaultController<SseEvent>): void => {
    const ready = pending;
    pending = [];
    for (const event of ready) controller.enqueue(event);
  };
  return new TransformStream<Uint8Array, SseEvent>({
    transform(chunk, controller) {
      parser.feed(decoder.decode(chunk, { stream: true }));
      drain(controller);
    },
    flush(controller) {
      // Some upstreams end the last event without the blank line; the spec would drop it, but a
      // proxy losing the final usage or stop event is worse than being lenient.
      parser.feed(`${decoder.decode()}\n\n`);
      drain(controller);
    },
  });
};
