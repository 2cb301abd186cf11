// Push-style SSE observation for streams that pass through untouched: bytes go in as they pass, whole
// events come out to a callback. UTF-8 is decoded in streaming mode, so split characters are safe.
import { createParser } from 'eventsource-parser';

export interface ObservedEvent {
  event?: string | undefined;
  data: string;
}

export interface SseObserver {
  push(chunk: Uint8Array): void;
  /** The stream ended: a last event without its blank line still counts. */
  end(): void;
}

export function createSseObserver(onEvent: (event: ObservedEvent) => void): SseObserver {
  const decoder = new TextDecoder('utf-8');
  const parser = createParser({ onEvent: (message) => onEvent({ event: message.event, data: message.data }) });
  return {
    push: (chunk) => parser.feed(decoder.decode(chunk, { stream: true })),
    end: () => parser.feed(`${decoder.decode()}\n\n`),
  };
}
