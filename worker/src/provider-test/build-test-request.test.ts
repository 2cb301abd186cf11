import { describe, expect, it } from 'vitest';
import { buildTestRequest, chooseTestModel, testPrompt } from './build-test-request.ts';

describe('chooseTestModel', () => {
  const provider = { format: 'anthropic' as const, allowedModels: [] as string[], modelRedirects: [] as { from: string; to: string }[] };

  it('prefers the model the admin names', () => {
    expect(chooseTestModel({ ...provider, allowedModels: ['claude-opus-4-1'] }, 'claude-sonnet-4-5')).toEqual({ requested: 'claude-sonnet-4-5', sent: 'claude-sonnet-4-5' });
  });

  it('takes the first exact allowed name, skipping prefixes and regular expressions', () => {
    expect(chooseTestModel({ ...provider, allowedModels: ['claude-*', '/^claude-/', 'claude-opus-4-1'] }, undefined).requested).toBe('claude-opus-4-1');
  });

  it('falls back to the format default and applies the redirect', () => {
    expect(chooseTestModel({ ...provider, modelRedirects: [{ from: 'claude-haiku-*', to: 'vendor/haiku' }] }, undefined)).toEqual({ requested: 'claude-haiku-4-5', sent: 'vendor/haiku' });
    expect(chooseTestModel({ ...provider, format: 'gemini-cli' }, undefined).sent).toBe('gemini-2.5-flash');
  });
});

describe('buildTestRequest', () => {
  const bodyOf = (format: Parameters<typeof buildTestRequest>[0], model: string) => {
    const parts = buildTestRequest(format, model);
    return { ...parts, json: JSON.parse(parts.body) as Record<string, unknown> };
  };

  it('writes one short non-streaming user turn in each format, on its own path', () => {
    const anthropic = bodyOf('anthropic', 'claude-haiku-4-5');
    expect(anthropic).toMatchObject({ path: '/v1/messages', search: '' });
    expect(anthropic.json).toMatchObject({ model: 'claude-haiku-4-5', max_tokens: 64, messages: [{ role: 'user' }] });
    expect(JSON.stringify(anthropic.json)).toContain(testPrompt);

    expect(bodyOf('openai-chat', 'gpt-4o-mini')).toMatchObject({ path: '/v1/chat/completions', json: { model: 'gpt-4o-mini', stream: false } });
    expect(bodyOf('openai-responses', 'gpt-5-mini')).toMatchObject({ path: '/v1/responses', json: { model: 'gpt-5-mini', stream: false } });
    const gemini = bodyOf('gemini', 'gemini-2.5-flash');
    expect(gemini).toMatchObject({ path: '/v1beta/models/gemini-2.5-flash:generateContent', search: '' });
    expect(gemini.json).toMatchObject({ contents: [{ role: 'user', parts: [{ text: testPrompt }] }] });
    expect(bodyOf('gemini-cli', 'gemini-2.5-flash')).toMatchObject({ path: '/v1internal:generateContent', json: { model: 'gemini-2.5-flash', request: { contents: [{ role: 'user' }] } } });
  });
});
