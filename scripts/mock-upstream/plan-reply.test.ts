// Pure tests of the reply rules: echo, tool choice, reasoning, usage.
import { describe, expect, it } from 'vitest';
import type { Conversation } from './conversation.ts';
import { planReply } from './plan-reply.ts';

const base: Conversation = {
  model: 'm',
  lastUserText: 'hello',
  lastTurnIsToolResult: false,
  tools: [
    { name: 'read_file', schema: { type: 'object', properties: { path: { type: 'string' }, mode: { enum: ['r', 'w'] } } } },
    { name: 'Bash', schema: { type: 'OBJECT', properties: { timeout: { type: 'INTEGER' }, env: { type: 'object', properties: { x: { type: 'boolean' } } } } } },
  ],
  reasoning: { enabled: false, visible: false },
  promptText: 'x'.repeat(40),
};

describe('planReply', () => {
  it('echoes the last user text and estimates tokens from prompt and reply', () => {
    const plan = planReply(base);
    expect(plan.text).toBe('Mock reply to: hello');
    expect(plan.toolCalls).toEqual([]);
    expect(plan.usage).toEqual({ input: 10, output: 5, cacheRead: 0, cacheWrite5m: 0, cacheWrite1h: 0, reasoning: 0 });
  });

  it('calls every tool the user names, in declaration order, with schema-shaped arguments', () => {
    const plan = planReply({ ...base, lastUserText: 'run bash, then read_file' });
    expect(plan.text).toBe('');
    expect(plan.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['read_file', { path: 'mock path', mode: 'r' }],
      ['Bash', { timeout: 1, env: { x: true } }],
    ]);
    expect(new Set(plan.toolCalls.map((call) => call.id)).size).toBe(2);
  });

  it('calls the first tool when the user asks for a tool without naming one', () => {
    expect(planReply({ ...base, lastUserText: 'please use a tool' }).toolCalls.map((call) => call.name)).toEqual(['read_file']);
    expect(planReply({ ...base, lastUserText: 'no tools needed' }).toolCalls).toEqual([]);
  });

  it('never calls a tool in answer to a tool result', () => {
    const plan = planReply({ ...base, lastUserText: 'read_file output', lastTurnIsToolResult: true });
    expect(plan.toolCalls).toEqual([]);
    expect(plan.text).toBe('Got the tool result: read_file output');
  });

  it('plans reasoning only when enabled, and counts it even when hidden', () => {
    const hidden = planReply({ ...base, reasoning: { enabled: true, visible: false } });
    expect(hidden.reasoningText).toBe('Considering: hello');
    expect(hidden.showReasoning).toBe(false);
    expect(hidden.usage.reasoning).toBeGreaterThan(0);
    expect(planReply(base).reasoningText).toBe('');
  });

  it('gives the same ids for the same request and lets later usage overrides win', () => {
    expect(planReply(base).seed).toBe(planReply({ ...base }).seed);
    expect(planReply({ ...base, promptText: 'other' }).seed).not.toBe(planReply(base).seed);
    const plan = planReply(base, { text: 'custom', usage: [{ input: 5, output: 6 }, { output: 9 }] });
    expect(plan.text).toBe('custom');
    expect(plan.usage).toMatchObject({ input: 5, output: 9 });
  });
});
