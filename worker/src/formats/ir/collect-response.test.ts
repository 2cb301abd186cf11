// Folding neutral stream events into a whole response.
import { describe, expect, it } from 'vitest';
import { createResponseCollector } from './collect-response.ts';
import type { IrStreamEvent } from './stream-event.ts';

const fold = (events: IrStreamEvent[]) => {
  const collector = createResponseCollector();
  for (const event of events) collector.push(event);
  return collector;
};

describe('createResponseCollector', () => {
  it('folds block deltas into whole blocks in the order the blocks started', () => {
    const collector = fold([
      { type: 'message-start', id: 'm1', model: 'x', created: 5 },
      { type: 'block-start', index: 0, block: { type: 'reasoning' } },
      { type: 'block-delta', index: 0, delta: { type: 'reasoning', text: 'think ' } },
      { type: 'block-start', index: 1, block: { type: 'tool-call', id: 'call_1', name: 'f' } },
      { type: 'block-delta', index: 1, delta: { type: 'tool-call', argumentsDelta: '{"a":' } },
      { type: 'block-delta', index: 0, delta: { type: 'reasoning', text: 'more' } },
      { type: 'block-delta', index: 0, delta: { type: 'reasoning-signature', format: 'anthropic', signature: 'ab' } },
      { type: 'block-delta', index: 0, delta: { type: 'reasoning-signature', format: 'anthropic', signature: 'cd' } },
      { type: 'block-delta', index: 1, delta: { type: 'tool-call', argumentsDelta: '1}' } },
      { type: 'block-end', index: 1, extensions: { gemini: { thoughtSignature: 's' } } },
      { type: 'message-end', finishReason: 'tool-calls' },
    ]);
    expect(collector.result()).toEqual({
      id: 'm1',
      model: 'x',
      created: 5,
      finishReason: 'tool-calls',
      content: [
        { type: 'reasoning', text: 'think more', signature: { format: 'anthropic', value: 'abcd' } },
        { type: 'tool-call', id: 'call_1', name: 'f', arguments: '{"a":1}', extensions: { gemini: { thoughtSignature: 's' } } },
      ],
    });
  });

  it('keeps the latest usage and every error, leaving the finish reason open when the message never ended', () => {
    const usage = { inputTokens: 1, outputTokens: 2, cacheWrite5mTokens: 0, cacheWrite1hTokens: 0, cacheReadTokens: 0, reasoningTokens: 0 };
    const collector = fold([
      { type: 'usage', usage: { ...usage, outputTokens: 1 } },
      { type: 'usage', usage },
      { type: 'error', error: { status: 529, message: 'Overloaded' } },
    ]);
    expect(collector.result()).toMatchObject({ usage, finishReason: 'other' });
    expect(collector.errors()).toEqual([{ status: 529, message: 'Overloaded' }]);
  });
});
