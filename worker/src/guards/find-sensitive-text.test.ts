import { describe, expect, it } from 'vitest';
import type { IrRequest } from '../formats/ir/request.ts';
import { compileWordRules } from './compile-word-rules.ts';
import { findSensitiveText, userAuthoredText } from './find-sensitive-text.ts';

const request: IrRequest = {
  model: 'm',
  stream: false,
  tools: [],
  system: [{ type: 'text', text: 'system prompt' }],
  messages: [
    { role: 'user', content: [{ type: 'text', text: 'first question' }, { type: 'image', source: { kind: 'url', url: 'https://x/y.png' } }] },
    { role: 'assistant', content: [{ type: 'text', text: 'assistant answer' }, { type: 'tool-call', id: 't1', name: 'read', arguments: '{"q":"tool args"}' }] },
    { role: 'user', content: [{ type: 'tool-result', toolCallId: 't1', content: [{ type: 'text', text: 'tool output' }] }] },
    { role: 'system', content: [{ type: 'text', text: 'mid-conversation instruction' }] },
    { role: 'user', content: [{ type: 'text', text: 'second question' }] },
  ],
};

describe('userAuthoredText', () => {
  it('collects the system prompt, system turns and user text, in order', () => {
    expect(userAuthoredText(request)).toEqual(['system prompt', 'first question', 'mid-conversation instruction', 'second question']);
  });
});

describe('findSensitiveText', () => {
  it('finds a word in the system prompt and in a user turn', () => {
    expect(findSensitiveText(request, compileWordRules([{ id: 1, matchType: 'contains', pattern: 'prompt' }]).matcher)?.id).toBe(1);
    expect(findSensitiveText(request, compileWordRules([{ id: 2, matchType: 'exact', pattern: 'second question' }]).matcher)?.id).toBe(2);
  });

  it('ignores assistant turns, tool calls and tool results', () => {
    for (const word of ['assistant answer', 'tool args', 'tool output']) {
      expect(findSensitiveText(request, compileWordRules([{ id: 3, matchType: 'contains', pattern: word }]).matcher)).toBeUndefined();
    }
  });
});
