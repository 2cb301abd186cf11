// SSE decoding of recorded streams, re-split at every byte offset.
import { describe, expect, it } from 'vitest';
import { createSseDecoder } from './decode-sse.ts';
import type { SseEvent } from './sse-event.ts';
import { everySplit, runThrough } from './test-support.ts';

const encoder = new TextEncoder();
const decodeText = (text: string): Promise<SseEvent[]> => runThrough([encoder.encode(text)], createSseDecoder());

const recorded = [
  'event: message_start\ndata: {"type":"message_start","text":"héllo — 你好 🚀"}\n\n',
  ': keep-alive comment\n\n',
  'event: content_block_delta\r\ndata: {"delta":"naïve 😀"}\r\n\r\n',
  'id: 7\ndata: line one\ndata: line two\n\n',
  'data: [DONE]\n\n',
].join('');

describe('createSseDecoder', () => {
  it('decodes named events, ids, multi-line data and skips comments', async () => {
    expect(await decodeText(recorded)).toEqual([
      { event: 'message_start', data: '{"type":"message_start","text":"héllo — 你好 🚀"}' },
      { event: 'content_block_delta', data: '{"delta":"naïve 😀"}' },
      { id: '7', data: 'line one\nline two' },
      { data: '[DONE]' },
    ]);
  });

  it('yields identical events when the stream is re-split at every byte offset', async () => {
    const bytes = encoder.encode(recorded);
    const expected = await decodeText(recorded);
    for (const chunks of everySplit(bytes)) {
      expect(await runThrough(chunks, createSseDecoder())).toEqual(expected);
    }
  });

  it('keeps a multi-byte character intact when a chunk ends inside it', async () => {
    const bytes = encoder.encode('data: 🚀\n\n');
    const chunks = [bytes.slice(0, 8), bytes.slice(8)];
    expect(await runThrough(chunks, createSseDecoder())).toEqual([{ data: '🚀' }]);
  });

  it('emits a final event that lacks the closing blank line', async () => {
    expect(await decodeText('data: {"a":1}\n\ndata: {"b":2}')).toEqual([{ data: '{"a":1}' }, { data: '{"b":2}' }]);
  });

  it('emits each event as soon as its blank line arrives', async () => {
    const decoder = createSseDecoder();
    const writer = decoder.writable.getWriter();
    const reader = decoder.readable.getReader();
    void writer.write(encoder.encode('data: first\n\ndata: sec'));
    expect((await reader.read()).value).toEqual({ data: 'first' });
    void writer.close();
    expect((await reader.read()).value).toEqual({ data: 'sec' });
  });
});
