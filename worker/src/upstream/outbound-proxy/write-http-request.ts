// Writes an HTTP/1.1 request (RFC 9112 §3) into a byte stream: request line, Host, the caller's
// headers minus hop-by-hop ones, and the body with Content-Length, or chunked when it streams.
// One request per connection: `Connection: close` lets the response run to the end of the socket.
import { concatBytes, latin1Bytes } from './bytes.ts';

export interface HttpRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array | ReadableStream<Uint8Array> | null;
}

/** Headers this connection sets itself or that must not cross a hop (RFC 9110 §7.6.1). */
const ownHeaders = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'proxy-authenticate',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-length',
  'expect',
  'accept-encoding',
]);

/** Methods whose requests carry a body by convention: an empty one still says Content-Length: 0. */
const methodsWithBody = new Set(['POST', 'PUT', 'PATCH']);

/** The request line and headers, ending with the blank line. */
export function renderRequestHead(request: HttpRequest): string {
  const target = `${request.url.pathname || '/'}${request.url.search}`;
  const lines = [`${request.method.toUpperCase()} ${target} HTTP/1.1`, `host: ${request.url.host}`];
  request.headers.forEach((value, name) => {
    if (!ownHeaders.has(name.toLowerCase())) lines.push(`${name}: ${value}`);
  });
  // Identity keeps event streams flowing chunk by chunk; nothing needs decompressing here.
  lines.push('accept-encoding: identity', 'connection: close');
  if (request.body instanceof ReadableStream) lines.push('transfer-encoding: chunked');
  else if (request.body !== null || methodsWithBody.has(request.method.toUpperCase())) lines.push(`content-length: ${request.body?.length ?? 0}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

const crlf = latin1Bytes('\r\n');

/** Frames one piece of a streamed body as a chunk (RFC 9112 §7.1). */
export function encodeChunk(data: Uint8Array): Uint8Array {
  return concatBytes(concatBytes(latin1Bytes(`${data.length.toString(16)}\r\n`), data), crlf);
}

export async function writeHttpRequest(writable: WritableStream<Uint8Array>, request: HttpRequest): Promise<void> {
  const writer = writable.getWriter();
  try {
    const head = latin1Bytes(renderRequestHead(request));
    if (request.body === null) return await writer.write(head);
    if (!(request.body instanceof ReadableStream)) return await writer.write(concatBytes(head, request.body));
    await writer.write(head);
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value.length > 0) await writer.write(encodeChunk(value));
    }
    await writer.write(latin1Bytes('0\r\n\r\n'));
  } finally {
    writer.releaseLock();
  }
}
