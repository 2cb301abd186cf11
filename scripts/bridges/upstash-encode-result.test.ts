import { describe, expect, it } from 'vitest';
import { encodeUpstashResult } from './upstash-encode-result.ts';

const nonUtf8 = Buffer.from([0xff, 0x00, 0xfe, 0x80]);

describe('encodeUpstashResult', () => {
  it('base64-encodes every string recursively and keeps integers and nil', () => {
    const reply = [Buffer.from('héllo'), 7, null, [Buffer.from('x'), [Buffer.from('OK')]]];
    expect(encodeUpstashResult(reply, true)).toEqual([
      Buffer.from('héllo').toString('base64'),
      7,
      null,
      ['eA==', ['T0s=']],
    ]);
  });

  it('leaves a top-level OK unencoded as Upstash does', () => {
    expect(encodeUpstashResult(Buffer.from('OK'), true)).toBe('OK');
    expect(encodeUpstashResult(Buffer.from('OKAY'), true)).toBe('T0tBWQ==');
  });

  it('keeps non-UTF-8 bytes intact in base64 mode', () => {
    expect(Buffer.from(encodeUpstashResult(nonUtf8, true) as string, 'base64')).toEqual(nonUtf8);
  });

  it('decodes bytes as UTF-8 text without the encoding header', () => {
    expect(encodeUpstashResult([Buffer.from('héllo 🚀'), 3, null], false)).toEqual(['héllo 🚀', 3, null]);
    expect(encodeUpstashResult(nonUtf8, false)).toBe('\uFFFD\u0000\uFFFD\uFFFD');
  });

  it('renders nil as null at the top level', () => {
    expect(encodeUpstashResult(null, true)).toBeNull();
    expect(encodeUpstashResult(undefined, false)).toBeNull();
  });

  it('passes on the message of an error nested in an array reply', () => {
    expect(encodeUpstashResult([new Error('ERR boom'), 1], false)).toEqual(['ERR boom', 1]);
  });
});
