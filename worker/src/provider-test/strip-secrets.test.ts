import { describe, expect, it } from 'vitest';
import { excerpt, stripSecrets } from './strip-secrets.ts';

describe('stripSecrets', () => {
  it('removes the provider key wherever the upstream echoes it', () => {
    expect(stripSecrets('bad key custom-key-123 (custom-key-123)', ['custom-key-123'])).toBe('bad key [redacted] ([redacted])');
  });

  it('removes anything shaped like a vendor key or bearer token', () => {
    const text = 'Incorrect API key provided: sk-proj-abcdef123456. Header was Bearer abc.def.ghi; google AIzaSyA1234567890abcdef; ours cch_abcdefghij1234';
    expect(stripSecrets(text, [])).toBe('Incorrect API key provided: [redacted]. Header was Bearer [redacted]; google [redacted]; ours [redacted]');
  });

  it('leaves ordinary text alone', () => {
    expect(stripSecrets('model not found: gpt-5-mini', ['sk'])).toBe('model not found: gpt-5-mini');
  });
});

describe('excerpt', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(excerpt('  pong \n', 10)).toBe('pong');
    expect(excerpt('abcdefghijkl', 5)).toBe('abcd…');
  });
});
