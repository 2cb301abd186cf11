// Test support: turns a recorded SSE transcript into the { event, data } payloads the codecs hand to
// a usage observer. Non-JSON data (OpenAI's `[DONE]`) is passed on as the raw string, as a careless
// caller might.
import { createParser } from 'eventsource-parser';
import type { StreamEventPayload } from '../usage-from-wire.ts';

export function parseRecordedStream(transcript: string): StreamEventPayload[] {
  const payloads: StreamEventPayload[] = [];
  const parser = createParser({
    onEvent(message) {
      const payload: StreamEventPayload = { data: parseJsonOrRaw(message.data) };
      if (message.event !== undefined) payload.event = message.event;
      payloads.push(payload);
    },
  });
  parser.feed(transcript);
  return payloads;
}

function parseJsonOrRaw(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
