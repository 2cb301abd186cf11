// Gemini requests: tool-call ids synthesised and matched by name, thoughts, thinking budgets.
import { describe, expect, it } from 'vitest';
import type { ToolCallBlock, ToolResultBlock } from '../ir/content.ts';
import { parseGeminiRequest } from './parse-request.ts';
import { renderGeminiRequest } from './render-request.ts';

const callsAndResults = (body: unknown) => {
  const ir = parseGeminiRequest(body, { model: 'g' });
  const blocks = ir.messages.flatMap((m) => m.content);
  return {
    calls: blocks.filter((b): b is ToolCallBlock => b.type === 'tool-call'),
    results: blocks.filter((b): b is ToolResultBlock => b.type === 'tool-result'),
  };
};

const call = (name: string, args: unknown) => ({ functionCall: { name, args } });
const result = (name: string, output: string) => ({ functionResponse: { name, response: { output } } });

describe('parseGeminiRequest', () => {
  it('matches responses to calls of the same name in call order, across turns', () => {
    const { calls, results } = callsAndResults({
      contents: [
        { role: 'model', parts: [call('read', { p: 'a' }), call('read', { p: 'b' }), call('ls', {})] },
        { role: 'user', parts: [result('ls', 'x'), result('read', 'A'), result('read', 'B')] },
        { role: 'model', parts: [call('read', { p: 'a' })] },
        { role: 'user', parts: [result('read', 'A again')] },
      ],
    });
    const idOf = (i: number) => calls[i]?.id;
    expect(results.map((r) => r.toolCallId)).toEqual([idOf(2), idOf(0), idOf(1), idOf(3)]);
    expect(new Set(calls.map((c) => c.id)).size).toBe(4);
  });

  it('synthesises the same ids every time the same history is parsed', () => {
    const body = { contents: [{ role: 'model', parts: [call('read', { p: 'a' })] }] };
    expect(callsAndResults(body).calls[0]?.id).toBe(callsAndResults(body).calls[0]?.id);
  });

  it('uses the ids Gemini gave when it gave them', () => {
    const { calls, results } = callsAndResults({
      contents: [
        { role: 'model', parts: [{ functionCall: { id: 'fc-1', name: 'read', args: {} } }] },
        { role: 'user', parts: [{ functionResponse: { id: 'fc-1', name: 'read', response: { error: 'missing' } } }] },
      ],
    });
    expect(calls[0]?.id).toBe('fc-1');
    expect(results[0]).toMatchObject({ toolCallId: 'fc-1', isError: true, content: [{ type: 'text', text: 'missing' }] });
  });

  it('reads a thought with its signature as reasoning Gemini can verify', () => {
    const ir = parseGeminiRequest({ contents: [{ role: 'model', parts: [{ text: 'plan', thought: true, thoughtSignature: 'sig' }] }] });
    expect(ir.messages[0]?.content).toEqual([{ type: 'reasoning', text: 'plan', signature: { format: 'gemini', value: 'sig' } }]);
  });

  it('reads a thinking budget of zero as reasoning turned off, and gives Gemini the same config back', () => {
    const body = { contents: [], generationConfig: { thinkingConfig: { thinkingBudget: 0 } } };
    const ir = parseGeminiRequest(body);
    expect(ir.reasoning).toEqual({ enabled: false });
    expect(renderGeminiRequest(ir)).toEqual(body);
    expect(renderGeminiRequest({ ...ir, extensions: undefined })).toEqual({ contents: [] });
  });
});
