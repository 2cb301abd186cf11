// The Gemini 3 thought-signature sentinel for function calls converted from other vendors.
import { describe, expect, it } from 'vitest';
import { parseAnthropicRequest } from '../anthropic/parse-request.ts';
import { renderGeminiRequest } from './render-request.ts';
import { signFunctionCalls, skipSignatureSentinel } from './sign-function-calls.ts';

const call = (name: string, extra: Record<string, unknown> = {}) => ({ functionCall: { name, args: {} }, ...extra });

describe('signFunctionCalls', () => {
  it('gives the first call of a Gemini 3 model turn the sentinel, and only the first', () => {
    expect(signFunctionCalls([{ text: 'x' }, call('a'), call('b')], 'gemini-3-pro-preview')).toEqual([
      { text: 'x' },
      call('a', { thoughtSignature: skipSignatureSentinel }),
      call('b'),
    ]);
  });

  it('keeps a real signature and leaves models before Gemini 3 alone', () => {
    const signed = [call('a', { thoughtSignature: 'real' })];
    expect(signFunctionCalls(signed, 'gemini-3-flash')).toEqual(signed);
    expect(signFunctionCalls([call('a')], 'gemini-2.5-pro')).toEqual([call('a')]);
  });

  it('signs Claude Code tool calls sent to a Gemini 3 provider', () => {
    const ir = parseAnthropicRequest({
      model: 'gemini-3-pro-preview',
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'Read', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok' }] },
      ],
    });
    const contents = renderGeminiRequest(ir).contents as { parts: Record<string, unknown>[] }[];
    expect(contents[1]?.parts[0]).toEqual({ functionCall: { name: 'Read', args: {} }, thoughtSignature: skipSignatureSentinel });
  });
});
