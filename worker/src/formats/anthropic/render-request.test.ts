// Rendering Anthropic requests from other formats: thinking budgets and the constraints that come with them.
import { describe, expect, it } from 'vitest';
import { parseChatRequest } from '../openai-chat/parse-request.ts';
import { renderAnthropicRequest } from './render-request.ts';

const chat = (messages: unknown[]) =>
  parseChatRequest({ model: 'claude', reasoning_effort: 'low', temperature: 0.2, top_p: 0.9, messages });

describe('renderAnthropicRequest', () => {
  it('turns a reasoning effort into a thinking budget, leaving room for the answer', () => {
    const body = renderAnthropicRequest(chat([{ role: 'user', content: 'hi' }]));
    expect(body).toMatchObject({ thinking: { type: 'enabled', budget_tokens: 2048 }, max_tokens: 8192 + 2048 });
  });

  it('drops sampling settings Anthropic refuses while thinking is on', () => {
    const body = renderAnthropicRequest(chat([{ role: 'user', content: 'hi' }]));
    expect(body).not.toHaveProperty('temperature');
    expect(body).not.toHaveProperty('top_p');
  });

  it('keeps thinking off when the last assistant turn called tools without Anthropic thinking', () => {
    const body = renderAnthropicRequest(
      chat([
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: 'ok' },
      ]),
    );
    expect(body).not.toHaveProperty('thinking');
    expect(body).toMatchObject({ temperature: 0.2, top_p: 0.9, max_tokens: 8192 });
  });

  it('keeps the budget below an explicit max_tokens', () => {
    const ir = { ...chat([{ role: 'user', content: 'hi' }]), maxTokens: 3000, reasoning: { enabled: true, budgetTokens: 5000 } };
    expect(renderAnthropicRequest(ir)).toMatchObject({ max_tokens: 3000, thinking: { type: 'enabled', budget_tokens: 2999 } });
  });
});
