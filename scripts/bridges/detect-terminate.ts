// Follows the frontend (client → server) side of a PostgreSQL connection and reports when the
// client sends Terminate. The bridge needs this because the Neon driver never closes its
// WebSocket after Terminate, and PGlite's socket server never closes the TCP side either.

/** Untyped requests that may switch the stream to TLS or GSSAPI encryption. */
const SSL_REQUEST_CODE = 80_877_103;
const GSSENC_REQUEST_CODE = 80_877_104;
const TERMINATE = 0x58; // 'X'

/**
 * Returns a function fed with consecutive frontend chunks (split anywhere) that answers whether a
 * Terminate message ended inside that chunk. Message framing per "Message Formats" in the
 * PostgreSQL docs: untyped startup messages first, then type byte + int32 length.
 */
export function createTerminateDetector(): (chunk: Buffer) => boolean {
  let expectUntyped = true;
  let buffered = Buffer.alloc(0);
  let skip = 0;
  let lost = false;
  return (chunk) => {
    if (lost) return false;
    const skipped = Math.min(skip, chunk.length);
    skip -= skipped;
    buffered = Buffer.concat([buffered, chunk.subarray(skipped)]);
    let terminated = false;
    for (;;) {
      const headerSize = expectUntyped ? 8 : 5;
      if (buffered.length < headerSize) break;
      const typed = !expectUntyped;
      const length = buffered.readInt32BE(typed ? 1 : 0);
      if (length < 4) {
        lost = true; // not a PostgreSQL stream we understand: never guess a Terminate
        break;
      }
      if (typed) terminated ||= buffered[0] === TERMINATE;
      else if (isEncryptionRequest(buffered.readInt32BE(4))) {
        lost = true; // the stream may turn into TLS, which cannot be followed
        break;
      } else expectUntyped = false;
      const size = length + (typed ? 1 : 0);
      skip = Math.max(0, size - buffered.length);
      buffered = buffered.subarray(Math.min(size, buffered.length));
    }
    return terminated;
  };
}

function isEncryptionRequest(code: number): boolean {
  return code === SSL_REQUEST_CODE || code === GSSENC_REQUEST_CODE;
}
