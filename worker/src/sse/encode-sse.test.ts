// SSE encoding, checked by decoding its output again.
import { describe, expect, it } from 'vitest';
import { createSseDecoder } from './decode-sse.ts';
import { createSseEncoder, encodeSseEvent } from './encode-sse.ts';
import type { SseEvent } from './sse-event.ts';
import { runThrough } from './test-support.ts';

describe('createSseEncoder', () => {
  it('round-trips events through the decoder', async () => {
    const events: SseEvent[] = [
      { event: 'response.created', data: '{"x":"ü"}' },
      { data: 'a\nb' },
      { id: '3', data: '' },
    ];
    const bytes = await runThrough(events, createSseEncoder());
    expect(await runThrough(bytes, createSseDecoder())).toEqual(events);
  });

  it('writes one line per data line and a blank line after each event', () => {
    expect(encodeSseEvent({ event: 'x', data: 'a\r\nb' })).toBe('event: x\ndata: a\ndata: b\n\n');
  });
});
