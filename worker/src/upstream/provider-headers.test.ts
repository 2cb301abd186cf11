import { describe, expect, it } from 'vitest';
import { buildUpstreamHeaders, forwardedSearch } from './provider-headers.ts';

const client = new Headers({
  authorization: 'Bearer cch_client',
  'x-api-key': 'cch_client',
  'x-goog-api-key': 'cch_client',
  'anthropic-beta': 'interleaved-thinking-2025-05-14',
  'anthropic-version': '2023-06-01',
  'x-claude-code-session-id': 's-1',
  'user-agent': 'claude-cli/2.0',
  'content-type': 'application/json',
  'accept-encoding': 'gzip, br, zstd',
  connection: 'keep-alive',
  'x-forwarded-for': '203.0.113.9',
  'cf-connecting-ip': '203.0.113.9',
  'content-length': '123',
});

describe('buildUpstreamHeaders', () => {
  it('replaces client credentials with the provider key in the header its type uses', () => {
    const claude = buildUpstreamHeaders(client, { type: 'claude', apiKey: 'sk-ant', customHeaders: {} });
    expect(claude.get('x-api-key')).toBe('sk-ant');
    expect(claude.has('authorization')).toBe(false);
    expect(claude.has('x-goog-api-key')).toBe(false);
    const relay = buildUpstreamHeaders(client, { type: 'claude-auth', apiKey: 'tok', customHeaders: {} });
    expect(relay.get('authorization')).toBe('Bearer tok');
    expect(relay.has('x-api-key')).toBe(false);
    const gemini = buildUpstreamHeaders(client, { type: 'gemini', apiKey: 'g', customHeaders: {} });
    expect(gemini.get('x-goog-api-key')).toBe('g');
    expect(gemini.has('authorization')).toBe(false);
    for (const type of ['codex', 'openai-compatible', 'gemini-cli'] as const) {
      expect(buildUpstreamHeaders(client, { type, apiKey: 'k', customHeaders: {} }).get('authorization')).toBe('Bearer k');
    }
  });

  it('keeps the client headers providers need and drops hop-by-hop and client-address headers', () => {
    const headers = buildUpstreamHeaders(client, { type: 'claude', apiKey: 'k', customHeaders: { 'x-relay': 'on' } });
    expect(headers.get('anthropic-beta')).toBe('interleaved-thinking-2025-05-14');
    expect(headers.get('x-claude-code-session-id')).toBe('s-1');
    expect(headers.get('user-agent')).toBe('claude-cli/2.0');
    expect(headers.get('x-relay')).toBe('on');
    for (const name of ['accept-encoding', 'connection', 'x-forwarded-for', 'cf-connecting-ip', 'content-length']) {
      expect(headers.has(name)).toBe(false);
    }
  });

  it('does not let custom headers set credentials', () => {
    const headers = buildUpstreamHeaders(new Headers(), {
      type: 'codex',
      apiKey: 'real',
      customHeaders: { Authorization: 'Bearer evil', 'x-api-key': 'evil' },
    });
    expect(headers.get('authorization')).toBe('Bearer real');
    expect(headers.has('x-api-key')).toBe(false);
  });
});

describe('forwardedSearch', () => {
  it('drops the key parameter and keeps the rest', () => {
    expect(forwardedSearch(new URLSearchParams('alt=sse&key=cch_x'))).toBe('?alt=sse');
    expect(forwardedSearch(new URLSearchParams('key=cch_x'))).toBe('');
    expect(forwardedSearch(new URLSearchParams('beta=true'))).toBe('?beta=true');
  });
});
