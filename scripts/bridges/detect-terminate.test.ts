import { describe, expect, it } from 'vitest';
import { createTerminateDetector } from './detect-terminate.ts';
import { encodeQuery, encodeStartupMessage, encodeTerminate } from './encode-frontend-message.ts';

const startup = encodeStartupMessage({ user: 'postgres', database: 'test' });
/** A query whose text contains the bytes of a Terminate message, to catch naive scanning. */
const trickyQuery = encodeQuery(`SELECT 'X${String.fromCharCode(0, 0, 0, 4)}'`);

function terminateSeen(chunks: Buffer[]): boolean[] {
  const detect = createTerminateDetector();
  return chunks.map((chunk) => detect(chunk));
}

describe('createTerminateDetector', () => {
  it('reports Terminate only in the chunk where it completes', () => {
    expect(terminateSeen([startup, trickyQuery, encodeTerminate()])).toEqual([false, false, true]);
  });

  it('does not mistake a startup message or query text for Terminate', () => {
    expect(terminateSeen([Buffer.concat([startup, trickyQuery, encodeQuery('SELECT 1')])])).toEqual([false]);
  });

  it('finds Terminate wherever the stream is split, including inside headers', () => {
    const stream = Buffer.concat([startup, trickyQuery, encodeTerminate()]);
    for (let cut = 1; cut < stream.length; cut += 1) {
      const seen = terminateSeen([stream.subarray(0, cut), stream.subarray(cut)]);
      expect(seen.some(Boolean), `split at ${cut}`).toBe(true);
    }
    const byteByByte = terminateSeen([...stream].map((byte) => Buffer.from([byte])));
    expect(byteByByte.filter(Boolean)).toHaveLength(1);
    expect(byteByByte.at(-1)).toBe(true);
  });

  it('stops following a stream that requested TLS, rather than guessing', () => {
    const sslRequest = Buffer.alloc(8);
    sslRequest.writeInt32BE(8, 0);
    sslRequest.writeInt32BE(80_877_103, 4);
    expect(terminateSeen([sslRequest, encodeTerminate()])).toEqual([false, false]);
  });
});
