// Pure tests of how faults reshape a stream before it is written.
import { describe, expect, it } from 'vitest';
import type { StreamFrame } from './generation-format.ts';
import { encodeFrames, scriptStream } from './stream-script.ts';

const frames: StreamFrame[] = [{ event: 'a', data: { n: 0 } }, { data: { n: 1 } }, { data: { n: 2 } }, { data: '[DONE]' }];
const renderStreamError = (error: { status: number }, index: number): StreamFrame => ({ event: 'error', data: { status: error.status, index } });
const script = (scenario: Parameters<typeof scriptStream>[2]['scenario']) => scriptStream(frames, 'sse', { scenario, renderStreamError });

describe('scriptStream', () => {
  it('encodes SSE events with an event line only where the frame names one, and raw string data as is', () => {
    expect(script(undefined)).toEqual({
      chunks: ['event: a\ndata: {"n":0}\n\n', 'data: {"n":1}\n\n', 'data: {"n":2}\n\n', 'data: [DONE]\n\n'],
      ending: 'end',
    });
  });

  it('encodes a Gemini JSON array whose chunks join into valid JSON', () => {
    const chunks = encodeFrames(frames.slice(0, 3), 'json-array');
    expect(chunks[0]?.startsWith('[')).toBe(true);
    expect(JSON.parse(chunks.join(''))).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
  });

  it('replaces everything from afterEvents on with the vendor error event', () => {
    const { chunks } = script({ streamError: { afterEvents: 2, status: 529 } });
    expect(chunks).toEqual(['event: a\ndata: {"n":0}\n\n', 'data: {"n":1}\n\n', 'event: error\ndata: {"status":529,"index":2}\n\n']);
  });

  it('keeps the stream whole when the error would come after its last event', () => {
    expect(script({ streamError: { afterEvents: 9 } }).chunks).toHaveLength(4);
  });

  it('cuts the stream short for stalls and resets', () => {
    expect(script({ stallAfterEvents: 1 })).toEqual({ chunks: ['event: a\ndata: {"n":0}\n\n'], ending: 'stall' });
    expect(script({ resetAfterEvents: 0 })).toEqual({ chunks: [], ending: 'reset' });
  });

  it('breaks only the JSON of the chosen event, keeping its event line and framing', () => {
    const { chunks } = script({ malformed: true, malformedAtEvent: 0 });
    expect(chunks[0]).toBe('event: a\ndata: {"n\n\n');
    expect(chunks.slice(1)).toEqual(script(undefined).chunks.slice(1));
  });

  it('ends Google SSE lines with CRLF and keeps that framing when corrupting an event', () => {
    const { chunks } = scriptStream(frames, 'sse-crlf', { scenario: { malformed: true, malformedAtEvent: 1 }, renderStreamError });
    expect(chunks[0]).toBe('event: a\r\ndata: {"n":0}\r\n\r\n');
    expect(chunks[1]).toBe('data: {"n\r\n\r\n');
  });

  it('writes nothing at all for an empty stream', () => {
    expect(script({ empty: true, stallAfterEvents: 2 })).toEqual({ chunks: [], ending: 'end' });
  });
});
