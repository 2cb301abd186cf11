// Gemini stream rendering: whole function calls, final chunk, and the code-assist envelope.
import { describe, expect, it } from 'vitest';
import { createGeminiCliStreamRenderer } from '../gemini-cli/render-stream.ts';
import type { IrStreamEvent } from '../ir/stream-event.ts';
import { createGeminiStreamRenderer } from './render-stream.ts';

const events: IrStreamEvent[] = [
  { type: 'message-start', id: 'r1', model: 'gemini-x' },
  { type: 'block-start', index: 0, block: { type: 'tool-call', id: 'call_1', name: 'read' } },
  { type: 'block-delta', index: 0, delta: { type: 'tool-call', argumentsDelta: '{"p":' } },
  { type: 'block-delta', index: 0, delta: { type: 'tool-call', argumentsDelta: '"a"}' } },
  { type: 'block-end', index: 0, extensions: { gemini: { thoughtSignature: 'sig' } } },
  { type: 'message-end', finishReason: 'tool-calls' },
];

describe('createGeminiStreamRenderer', () => {
  it('sends a function call whole when its block ends, with its id and thought signature', () => {
    const renderer = createGeminiStreamRenderer();
    const output = events.map((event) => renderer.push(event).map((e) => JSON.parse(e.data) as unknown));
    expect(output.slice(0, 4)).toEqual([[], [], [], []]);
    expect(output[4]).toEqual([
      {
        candidates: [{ content: { role: 'model', parts: [{ functionCall: { id: 'call_1', name: 'read', args: { p: 'a' } }, thoughtSignature: 'sig' }] }, index: 0 }],
        responseId: 'r1',
        modelVersion: 'gemini-x',
      },
    ]);
    expect(output[5]).toEqual([
      { candidates: [{ content: { role: 'model', parts: [{ text: '' }] }, index: 0, finishReason: 'STOP' }], responseId: 'r1', modelVersion: 'gemini-x' },
    ]);
  });

  it('wraps every chunk as {response} for Gemini CLI', () => {
    const renderer = createGeminiCliStreamRenderer();
    const chunks = events.flatMap((event) => renderer.push(event)).map((e) => JSON.parse(e.data) as Record<string, unknown>);
    expect(chunks).toHaveLength(2);
    expect(chunks.every((chunk) => Object.keys(chunk).join() === 'response')).toBe(true);
  });
});
