import { describe, expect, it } from 'vitest';
import { encodeChunk, renderRequestHead, writeHttpRequest, type HttpRequest } from './write-http-request.ts';
import { bytesOf, readAll, streamOf, textOf } from './test-streams.ts';
import { decodeChunked } from './decode-chunked.ts';

async function written(request: HttpRequest): Promise<string> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const all = readAll(readable);
  await writeHttpRequest(writable, request);
  await writable.close();
  return textOf(await all);
}

describe('renderRequestHead', () => {
  it('writes the request line with path and query, Host and Connection: close', () => {
    const head = renderRequestHead({
      method: 'post',
      url: new URL('https://api.example.com:8443/v1/messages?beta=true'),
      headers: new Headers({ 'content-type': 'application/json', 'x-api-key': 'k' }),
      body: bytesOf('{}'),
    });
    expect(head).toBe(
      'POST /v1/messages?beta=true HTTP/1.1\r\nhost: api.example.com:8443\r\ncontent-type: application/json\r\nx-api-key: k\r\n' +
        'accept-encoding: identity\r\nconnection: close\r\ncontent-length: 2\r\n\r\n',
    );
  });

  it('drops hop-by-hop and framing headers the caller passed', () => {
    const head = renderRequestHead({
      method: 'GET',
      url: new URL('http://h/'),
      headers: new Headers({ connection: 'keep-alive', 'transfer-encoding': 'gzip', host: 'evil', 'content-length': '9', 'proxy-authorization': 'x', te: 'trailers', 'accept-encoding': 'br' }),
      body: null,
    });
    expect(head).toBe('GET / HTTP/1.1\r\nhost: h\r\naccept-encoding: identity\r\nconnection: close\r\n\r\n');
  });

  it('says Content-Length: 0 for a POST without a body', () => {
    expect(renderRequestHead({ method: 'POST', url: new URL('http://h/x'), headers: new Headers(), body: null })).toContain('content-length: 0\r\n');
  });
});

describe('writeHttpRequest', () => {
  it('writes a byte body after the head', async () => {
    const text = await written({ method: 'POST', url: new URL('http://h/p'), headers: new Headers(), body: bytesOf('{"é":1}') });
    expect(text.endsWith(`content-length: ${bytesOf('{"é":1}').length}\r\n\r\n{"é":1}`)).toBe(true);
  });

  it('writes a streamed body chunked, and the chunks decode back to it', async () => {
    const text = await written({ method: 'POST', url: new URL('http://h/p'), headers: new Headers(), body: streamOf([bytesOf('one'), new Uint8Array(0), bytesOf('twenty-two')]) });
    expect(text).toContain('transfer-encoding: chunked\r\n\r\n3\r\none\r\na\r\ntwenty-two\r\n0\r\n\r\n');
    const body = bytesOf(text.slice(text.indexOf('\r\n\r\n') + 4));
    expect(textOf(await readAll(streamOf([body]).pipeThrough(decodeChunked())))).toBe('onetwenty-two');
  });

  it('frames a chunk with its size in hex', () => {
    expect(textOf(encodeChunk(new Uint8Array(26)).subarray(0, 4))).toBe('1a\r\n');
  });
});
