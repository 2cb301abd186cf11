import { describe, expect, it } from 'vitest';
import { joinUrl } from './join-url.ts';

describe('joinUrl', () => {
  it('does not double a version segment the base URL already has', () => {
    expect(joinUrl('https://x.example/v1', '/v1/messages')).toBe('https://x.example/v1/messages');
    expect(joinUrl('https://x.example/v1/', '/v1/chat/completions')).toBe('https://x.example/v1/chat/completions');
    expect(joinUrl('https://x.example/api/v1beta', '/v1beta/models/g:generateContent', '?alt=sse')).toBe(
      'https://x.example/api/v1beta/models/g:generateContent?alt=sse',
    );
  });

  it('appends the path to a base URL with no overlap, keeping a relay prefix', () => {
    expect(joinUrl('https://x.example', '/v1/messages', '?beta=true')).toBe('https://x.example/v1/messages?beta=true');
    expect(joinUrl('https://relay.example/claude', '/v1/messages')).toBe('https://relay.example/claude/v1/messages');
    expect(joinUrl('https://relay.example/openai/v1', '/v1/responses')).toBe('https://relay.example/openai/v1/responses');
  });

  it('only treats whole segments as overlapping', () => {
    expect(joinUrl('https://x.example/v1x', '/v1/messages')).toBe('https://x.example/v1x/v1/messages');
    expect(joinUrl('https://x.example/v1internal', '/v1internal:generateContent')).toBe(
      'https://x.example/v1internal/v1internal:generateContent',
    );
  });
});
