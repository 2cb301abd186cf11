// Turns a reply's stream events plus a scenario's faults into the exact chunks to write and how to end.
import type { MockError, StreamEncoding, StreamFrame } from './generation-format.ts';
import type { Scenario } from './scenario.ts';

export interface StreamScript {
  /** Each chunk is one event, already encoded; the writer may pause between chunks. */
  chunks: string[];
  ending: 'end' | 'stall' | 'reset';
}

export type RenderStreamError = (error: MockError, index: number) => StreamFrame;

export function scriptStream(
  frames: StreamFrame[],
  encoding: StreamEncoding,
  faults: { scenario: Scenario | undefined; renderStreamError: RenderStreamError },
): StreamScript {
  const scenario = faults.scenario ?? {};
  if (scenario.empty) return { chunks: [], ending: 'end' };
  let events = frames;
  const streamError = scenario.streamError;
  if (streamError !== undefined && streamError.afterEvents < frames.length) {
    const error = { status: streamError.status ?? 500, type: streamError.type, message: streamError.message };
    events = [...frames.slice(0, streamError.afterEvents), faults.renderStreamError(error, streamError.afterEvents)];
  }
  let chunks = encodeFrames(events, encoding);
  if (scenario.malformed) chunks = corruptChunk(chunks, scenario.malformedAtEvent ?? 1, encoding);
  if (scenario.stallAfterEvents !== undefined) return { chunks: chunks.slice(0, scenario.stallAfterEvents), ending: 'stall' };
  if (scenario.resetAfterEvents !== undefined) return { chunks: chunks.slice(0, scenario.resetAfterEvents), ending: 'reset' };
  return { chunks, ending: 'end' };
}

export function encodeFrames(frames: StreamFrame[], encoding: StreamEncoding): string[] {
  if (encoding !== 'json-array') return frames.map((frame) => encodeSseFrame(frame, encoding === 'sse-crlf' ? '\r\n' : '\n'));
  // Gemini's array: "[" before the first element, ",\r\n" between, "]" after the last.
  return frames.map((frame, index) => {
    const prefix = index === 0 ? '[' : ',\r\n';
    const suffix = index === frames.length - 1 ? ']' : '';
    return `${prefix}${serialize(frame.data)}${suffix}`;
  });
}

export function encodeSseFrame(frame: StreamFrame, newline = '\n'): string {
  const event = frame.event === undefined ? '' : `event: ${frame.event}${newline}`;
  return `${event}data: ${serialize(frame.data)}${newline}${newline}`;
}

function serialize(data: unknown): string {
  return typeof data === 'string' ? data : JSON.stringify(data);
}

/** Cuts the JSON of one event in half, keeping the SSE framing so a parser sees a complete but broken event. */
function corruptChunk(chunks: string[], index: number, encoding: StreamEncoding): string[] {
  const target = Math.min(index, chunks.length - 1);
  return chunks.map((chunk, i) => (i === target ? halveJson(chunk, encoding) : chunk));
}

function halveJson(chunk: string, encoding: StreamEncoding): string {
  const half = (text: string) => text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  if (encoding === 'json-array') return half(chunk);
  const at = chunk.lastIndexOf('data: ') + 'data: '.length;
  const [payload = '', ending = ''] = /^(.*?)((?:\r?\n)+)$/s.exec(chunk.slice(at))?.slice(1) ?? [];
  return `${chunk.slice(0, at)}${half(payload)}${ending}`;
}
