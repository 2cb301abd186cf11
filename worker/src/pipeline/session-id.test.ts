import { describe, expect, it } from 'vitest';
import { explicitSessionId, sessionIdFor } from './session-id.ts';

describe('session ids', () => {
  it("reads Claude Code's header, then the JSON and legacy forms of metadata.user_id", () => {
    const userId = JSON.stringify({ device_id: 'd', account_uuid: 'a', session_id: 'sess-json' });
    expect(explicitSessionId('anthropic', new Headers({ 'x-claude-code-session-id': 'sess-h' }), { metadata: { user_id: userId } })).toBe('sess-h');
    expect(explicitSessionId('anthropic', new Headers(), { metadata: { user_id: userId } })).toBe('sess-json');
    expect(explicitSessionId('anthropic', new Headers(), { metadata: { user_id: 'user_abc_account__session_5f2e-91' } })).toBe('5f2e-91');
    expect(explicitSessionId('anthropic', new Headers(), { metadata: { user_id: 'plain-user' } })).toBeUndefined();
  });

  it("reads Codex's session headers and prompt_cache_key, and Gemini CLI's session_id", () => {
    expect(explicitSessionId('openai-responses', new Headers({ 'session-id': 'c1' }), {})).toBe('c1');
    expect(explicitSessionId('openai-responses', new Headers({ 'x-session-id': 'c2' }), {})).toBe('c2');
    expect(explicitSessionId('openai-responses', new Headers(), { prompt_cache_key: 'c3' })).toBe('c3');
    expect(explicitSessionId('gemini-cli', new Headers(), { request: { session_id: 'g1' } })).toBe('g1');
  });

  it('falls back to a hash of the key and the opening messages that stays stable as the conversation grows', async () => {
    const first = { contents: [{ role: 'user', parts: [{ text: 'hi' }] }] };
    const later = { contents: [...first.contents, { role: 'model', parts: [{ text: 'yo' }] }, { role: 'user', parts: [{ text: 'next' }] }] };
    const a = await sessionIdFor('gemini', new Headers(), first, 1);
    expect(a).toMatch(/^h_[0-9a-f]{24}$/);
    expect(await sessionIdFor('gemini', new Headers(), first, 2)).not.toBe(a);
    expect(await sessionIdFor('gemini', new Headers(), later, 1)).toBe(a);
    const other = { contents: [{ role: 'user', parts: [{ text: 'another task' }] }] };
    expect(await sessionIdFor('gemini', new Headers(), other, 1)).not.toBe(a);
  });
});
