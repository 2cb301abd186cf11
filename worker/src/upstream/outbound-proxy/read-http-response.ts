// Reads an HTTP/1.1 response (RFC 9112) from a byte stream: skips interim 1xx answers, parses the
// head, and frames the body by Transfer-Encoding, Content-Length or the end of the connection
// (§6.3). The body streams as it arrives; nothing is buffered beyond one network read.
import { ByteReader } from './byte-reader.ts';
import { decodeChunked } from './decode-chunked.ts';
import { headerValues, parseResponseHead, type ResponseHead } from './parse-response-head.ts';

export interface HttpResponse extends ResponseHead {
  /** Null when the response has no body by definition, or an empty one. */
  body: ReadableStream<Uint8Array> | null;
}

const headEnd = new Uint8Array([0x0d, 0x0a, 0x0d, 0x0a]);
const maxHeadBytes = 64 * 1024;

async function readHead(reader: ByteReader): Promise<ResponseHead> {
  for (;;) {
    const read = await reader.readUntil(headEnd, maxHeadBytes);
    if (!read.ok && read.reason === 'too_long') throw new Error(`response head larger than ${maxHeadBytes} bytes`);
    if (!read.ok) {
      throw new Error(read.bytes.length === 0 ? 'connection closed before any response' : 'connection closed in the middle of the response head');
    }
    const head = parseResponseHead(read.bytes);
    if (head.status === 101) throw new Error('unexpected 101 Switching Protocols');
    if (head.status >= 200) return head;
  }
}

function contentLength(head: ResponseHead): number | undefined {
  const values = headerValues(head, 'content-length');
  if (values.length === 0) return undefined;
  const first = values[0] ?? '';
  if (!/^\d{1,15}$/.test(first) || values.some((v) => v !== first)) throw new Error('invalid Content-Length in the response');
  return Number(first);
}

/** A body of exactly `length` bytes; the source is cancelled once they are in. */
function fixedLength(source: ReadableStream<Uint8Array>, length: number): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let left = length;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.error(new Error(`connection closed after ${length - left} of ${length} body bytes`));
        return;
      }
      const part = value.length > left ? value.subarray(0, left) : value;
      left -= part.length;
      if (part.length > 0) controller.enqueue(part);
      if (left === 0) {
        controller.close();
        await reader.cancel().catch(() => {});
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

export async function readHttpResponse(source: ReadableStream<Uint8Array>, request: { method: string }): Promise<HttpResponse> {
  const reader = new ByteReader(source);
  const head = await readHead(reader);
  const rest = reader.rest();
  const none = async () => {
    await rest.cancel().catch(() => {});
    return { ...head, body: null };
  };
  if (request.method.toUpperCase() === 'HEAD' || head.status === 204 || head.status === 304) return none();
  const codings = headerValues(head, 'transfer-encoding').map((c) => c.toLowerCase());
  if (codings.length > 0) {
    // Chunked last frames the body; any other final coding runs to the end of the connection.
    return { ...head, body: codings.at(-1) === 'chunked' ? rest.pipeThrough(decodeChunked()) : rest };
  }
  const length = contentLength(head);
  if (length === 0) return none();
  return { ...head, body: length === undefined ? rest : fixedLength(rest, length) };
}
