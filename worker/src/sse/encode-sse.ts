// Encodes server-sent events back into bytes for the client, one event per chunk so nothing waits.
import type { SseEvent } from './sse-event.ts';

const lineBreak = /\r\n|\r|\n/;

export const encodeSseEvent = (event: SseEvent): string => {
  let text = '';
  if (event.event !== undefined) text += `event: ${event.event}\n`;
  if (event.id !== undefined) text += `id: ${event.id}\n`;
  for (const line of event.data.split(lineBreak)) text += `data: ${line}\n`;
  return `${text}\n`;
};

export const createSseEncoder = (): TransformStream<SseEvent, Uint8Array> => {
  const encoder = new TextEncoder();
  return new TransformStream<SseEvent, Uint8Array>({
    transform(event, controller) {
      controller.enqueue(encoder.encode(encodeSseEvent(event)));
    },
  });
};
