// Anthropic requests: thinking budgets, signed and redacted thinking, validation.
import { describe, expect, it } from 'vitest';
import { renderGeminiRequest } from '../gemini/render-request.ts';
import { parseAnthropicRequest } from './parse-request.ts';
import { renderAnthropicRequest } from './render-request.ts';

describe('parseAnthropicRequest', () => {
  const body = {
    model: 'claude',
    max_tokens: 4096,
    stream: false,
    thinking: { type: 'enabled', budget_tokens: 2048 },
    messages: [
      { role: 'user', content: [{ type: 'text', text: 'hi' }] },
      {
        role: 'assistant',
        content: [
          { type: 'redacted_thinking', data: 'EncryptedBlob' },
          { type: 'thinking', thinking: 'ok', signature: 'Sig' },
          { type: 'text', text: 'hello', citations: [{ type: 'char_location', cited_text: 'x' }] },
        ],
      },
      { role: 'user', content: 'again' },
    ],
  };
  const ir = parseAnthropicRequest(body);

  it('reads thinking budgets as reasoning with an effort level', () => {
    expect(ir.reasoning).toEqual({ enabled: true, budgetTokens: 2048, effort: 'low' });
  });

  it('keeps redacted and signed thinking for Anthropic, with block fields it does not know', () => {
    expect(renderAnthropicRequest(ir)).toEqual({ ...body, messages: [body.messages[0], body.messages[1], { role: 'user', content: [{ type: 'text', text: 'again' }] }] });
  });

  it('gives Gemini the text but none of the Anthropic-signed thinking', () => {
    expect(renderGeminiRequest(ir).contents).toEqual([
      { role: 'user', parts: [{ text: 'hi' }] },
      { role: 'model', parts: [{ text: 'hello' }] },
      { role: 'user', parts: [{ text: 'again' }] },
    ]);
  });

  it('keeps tool results holding documents whole for Anthropic and gives others their text', () => {
    const content = [
      { type: 'text', text: 'see attached' },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'notes' } },
    ];
    const withDocument = {
      model: 'claude',
      max_tokens: 10,
      stream: false,
      messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content }] }],
    };
    const parsed = parseAnthropicRequest(withDocument);
    expect(renderAnthropicRequest(parsed)).toEqual(withDocument);
    expect(parsed.messages[0]?.content[0]).toMatchObject({ type: 'tool-result', content: [{ type: 'text', text: 'see attached' }] });
  });

  it('keeps a Files API image for Anthropic only', () => {
    const image = { type: 'image', source: { type: 'file', file_id: 'file_011' } };
    const parsed = parseAnthropicRequest({ model: 'c', max_tokens: 5, stream: false, messages: [{ role: 'user', content: [image] }] });
    expect(parsed.messages[0]?.content).toEqual([{ type: 'opaque', format: 'anthropic', value: image }]);
    expect(renderAnthropicRequest(parsed).messages).toEqual([{ role: 'user', content: [image] }]);
  });

  it('rejects a message with a role Anthropic does not have', () => {
    expect(() => parseAnthropicRequest({ model: 'c', messages: [{ role: 'tool', content: 'x' }] })).toThrow(/messages\.0\.role/);
  });
});
