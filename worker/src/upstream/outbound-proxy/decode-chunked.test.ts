import { describe, expect, it } from 'vitest';
import { decodeChunked } from './decode-chunked.ts';
import { bytesOf, readAll, splits, streamOf, textOf } from './test-streams.ts';

const decode = (pieces: Uint8Array[]) => readAll(streamOf(pieces).pipeThrough(decodeChunked()));

describe('decodeChunked', () => {
  // "héllo" has a two-byte character, so some cuts fall inside it.
  const body = 'data: {"t":"héllo"}\n\n';
  const encodedBody = bytesOf(body);
  const wire = new Uint8Array([
    ...bytesOf(`${(7).toString(16)};name=value;quoted="a;b"\r\n`),
    ...encodedBody.slice(0, 7),
    ...bytesOf(`\r\n${(encodedBody.length - 7).toString(16).toUpperCase()}\r\n`),
    ...encodedBody.slice(7),
    ...bytesOf('\r\n0;last=1\r\nx-trailer: one\r\nx-other: two\r\n\r\n'),
  ]);

  it.each(splits(wire))('decodes sizes, extensions and trailers identically ($label)', async ({ pieces }) => {
    expect(textOf(await decode(pieces))).toBe(body);
  });

  it('stops at the last chunk and ignores what follows', async () => {
    const decoded = await decode([bytesOf('3\r\nabc\r\n0\r\n\r\nGARBAGE')]);
    expect(textOf(decoded)).toBe('abc');
  });

  it('accepts bare LF line ends', async () => {
    expect(textOf(await decode([bytesOf('3\nabc\n0\n\n')]))).toBe('abc');
  });

  it('streams each chunk as it arrives, before the body ends', async () => {
    const { readable, writable } = decodeChunked();
    const writer = writable.getWriter();
    const reader = readable.getReader();
    void writer.write(bytesOf('5\r\nfirst\r\n'));
    expect(textOf((await reader.read()).value ?? new Uint8Array())).toBe('first');
    void writer.write(bytesOf('6\r\nsecond\r\n'));
    expect(textOf((await reader.read()).value ?? new Uint8Array())).toBe('second');
  });

  it.each([
    ['a size that is not hex', 'zz\r\nabc\r\n0\r\n\r\n', /malformed chunk size/],
    ['an empty size line', '\r\nabc\r\n0\r\n\r\n', /malformed chunk size/],
    ['data longer than its size', '2\r\nabc\r\n0\r\n\r\n', /longer than its declared size/],
    ['a body cut before the last chunk', '3\r\nabc\r\n', /before the last chunk/],
    ['a body cut inside a chunk', '5\r\nab', /before the last chunk/],
    ['a body cut inside the trailers', '0\r\nx-trailer: 1\r\n', /before the last chunk/],
    ['a size line that never ends', `1${'0'.repeat(9000)}`, /line too long/],
  ])('fails clearly on %s', async (_, input, message) => {
    await expect(decode([bytesOf(input)])).rejects.toThrow(message);
  });
});
