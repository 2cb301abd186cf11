// Chat requests: system and developer messages, reasoning effort and token limits.
import { describe, expect, it } from 'vitest';
import { renderAnthropicRequest } from '../anthropic/render-request.ts';
import { parseChatRequest } from './parse-request.ts';
import { renderChatRequest } from './render-request.ts';

describe('parseChatRequest', () => {
  it('keeps a developer role and a system message in the middle of the conversation', () => {
    const body = {
      model: 'gpt',
      stream: false,
      messages: [
        { role: 'developer', content: 'Be brief.' },
        { role: 'user', content: 'one' },
        { role: 'system', content: 'Now answer in French.' },
        { role: 'user', content: 'two' },
      ],
    };
    const ir = parseChatRequest(body);
    expect(ir.system.map((block) => block.text)).toEqual(['Be brief.']);
    expect(ir.messages.map((m) => m.role)).toEqual(['user', 'system', 'user']);
    expect(renderChatRequest(ir)).toEqual(body);
  });

  it('gives Anthropic a later system message as user text, since Anthropic has no system turn', () => {
    const ir = parseChatRequest({
      model: 'gpt',
      messages: [
        { role: 'user', content: 'one' },
        { role: 'system', content: 'Now answer in French.' },
      ],
    });
    expect(renderAnthropicRequest(ir).messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'one' }, { type: 'text', text: 'Now answer in French.' }] },
    ]);
  });

  it('keeps fields of text parts, such as cache_control, for a Chat provider', () => {
    const body = {
      model: 'gpt',
      stream: false,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'long prompt', cache_control: { type: 'ephemeral' } }] }],
    };
    expect(renderChatRequest(parseChatRequest(body))).toEqual(body);
  });

  it('reads the reasoning effort and the newer max_completion_tokens', () => {
    const ir = parseChatRequest({ model: 'o3', messages: [], reasoning_effort: 'high', max_completion_tokens: 500, stop: 'END' });
    expect(ir).toMatchObject({ reasoning: { enabled: true, effort: 'high' }, maxTokens: 500, stopSequences: ['END'] });
    expect(renderChatRequest(ir)).toMatchObject({ reasoning_effort: 'high', max_completion_tokens: 500, stop: ['END'] });
  });
});
