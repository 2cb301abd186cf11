import { describe, expect, it } from 'vitest';
import { readHttpResponse } from './read-http-response.ts';
import { bytesOf, readAll, splits, streamOf, textOf } from './test-streams.ts';

async function read(pieces: Uint8Array[], method = 'POST') {
  const response = await readHttpResponse(streamOf(pieces), { method });
  return { ...response, text: response.body === null ? null : textOf(await readAll(response.body)) };
}

const sse = 'event: delta\ndata: {"text":"héllo"}\n\nevent: done\ndata: {}\n\n';

describe('readHttpResponse framing, at every split', () => {
  const lengthWire = bytesOf(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${bytesOf('{"a":"é"}').length}\r\n\r\n{"a":"é"}`);
  it.each(splits(lengthWire))('reads a Content-Length body ($label)', async ({ pieces }) => {
    const response = await read(pieces);
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('OK');
    expect(response.headers).toContainEqual(['content-type', 'application/json']);
    expect(response.text).toBe('{"a":"é"}');
  });

  const encoded = bytesOf(sse);
  const chunkedWire = new Uint8Array([
    ...bytesOf('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/event-stream\r\n\r\n'),
    ...bytesOf(`${(20).toString(16)}\r\n`),
    ...encoded.slice(0, 20),
    ...bytesOf(`\r\n${(encoded.length - 20).toString(16)};ext=1\r\n`),
    ...encoded.slice(20),
    ...bytesOf('\r\n0\r\ntrailer-field: x\r\n\r\n'),
  ]);
  it.each(splits(chunkedWire))('decodes a chunked body ($label)', async ({ pieces }) => {
    expect((await read(pieces)).text).toBe(sse);
  });

  const closeWire = bytesOf(`HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\n${sse}`);
  it.each(splits(closeWire))('reads a body to the end of the connection ($label)', async ({ pieces }) => {
    expect((await read(pieces)).text).toBe(sse);
  });

  const interimWire = bytesOf('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\ncontent-length: 2\r\n\r\nok');
  it.each(splits(interimWire))('skips interim 1xx answers ($label)', async ({ pieces }) => {
    const response = await read(pieces);
    expect(response.status).toBe(201);
    expect(response.text).toBe('ok');
  });
});

describe('readHttpResponse', () => {
  it('stops at Content-Length and does not read the bytes after it', async () => {
    const response = await read([bytesOf('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nokEXTRA')]);
    expect(response.text).toBe('ok');
  });

  it('streams the body before the connection ends', async () => {
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const writer = writable.getWriter();
    void writer.write(bytesOf('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n6\r\nevent1\r\n'));
    const response = await readHttpResponse(readable, { method: 'POST' });
    const reader = response.body?.getReader();
    expect(textOf((await reader?.read())?.value ?? new Uint8Array())).toBe('event1');
    void writer.write(bytesOf('6\r\nevent2\r\n'));
    expect(textOf((await reader?.read())?.value ?? new Uint8Array())).toBe('event2');
  });

  it('keeps repeated headers and trims whitespace around values', async () => {
    const response = await read([bytesOf('HTTP/1.1 429 Too Many Requests\r\nset-cookie: a=1\r\nSet-Cookie: b=2\r\nretry-after:   7  \r\ncontent-length: 0\r\n\r\n')]);
    expect(response.status).toBe(429);
    expect(response.headers).toEqual([
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
      ['retry-after', '7'],
      ['content-length', '0'],
    ]);
    expect(response.body).toBeNull();
  });

  it('has no body for HEAD, 204 and 304 whatever the headers say', async () => {
    expect((await read([bytesOf('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n')], 'HEAD')).body).toBeNull();
    expect((await read([bytesOf('HTTP/1.1 204 No Content\r\n\r\n')])).body).toBeNull();
    expect((await read([bytesOf('HTTP/1.1 304 Not Modified\r\ncontent-length: 5\r\n\r\n')])).body).toBeNull();
  });

  it('prefers Transfer-Encoding over Content-Length', async () => {
    expect((await read([bytesOf('HTTP/1.1 200 OK\r\ncontent-length: 99\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n')])).text).toBe('ok');
  });

  it('accepts a status line without a reason phrase', async () => {
    const response = await read([bytesOf('HTTP/1.1 200\r\ncontent-length: 0\r\n\r\n')]);
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('');
  });

  it.each([
    ['no response at all', '', /closed before any response/],
    ['a head cut short', 'HTTP/1.1 200 OK\r\ncontent-', /in the middle of the response head/],
    ['a garbage status line', 'SSH-2.0-OpenSSH\r\n\r\n', /malformed status line/],
    ['HTTP/2 on the wire', 'HTTP/2 200\r\n\r\n', /malformed status line/],
    ['a status out of range', 'HTTP/1.1 700 Odd\r\n\r\n', /out of range/],
    ['a header without a colon', 'HTTP/1.1 200 OK\r\nbroken header\r\n\r\n', /malformed response header line/],
    ['a header name with a space', 'HTTP/1.1 200 OK\r\nbad name: x\r\n\r\n', /malformed response header line/],
    ['obsolete line folding', 'HTTP/1.1 200 OK\r\nx-a: 1\r\n  continued\r\n\r\n', /line folding/],
    ['a control character in a value', 'HTTP/1.1 200 OK\r\nx-a: a\x01b\r\n\r\n', /control character/],
    ['conflicting Content-Length values', 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\nok', /invalid Content-Length/],
    ['a negative Content-Length', 'HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n', /invalid Content-Length/],
    ['101 Switching Protocols', 'HTTP/1.1 101 Switching Protocols\r\n\r\n', /unexpected 101/],
  ])('fails clearly on %s', async (_, wire, message) => {
    await expect(read([bytesOf(wire)])).rejects.toThrow(message);
  });

  it('fails clearly when the connection closes before Content-Length bytes arrived', async () => {
    await expect(read([bytesOf('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nshort')])).rejects.toThrow('connection closed after 5 of 10 body bytes');
  });

  it('fails clearly when the chunked body is cut', async () => {
    await expect(read([bytesOf('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nab')])).rejects.toThrow(/before the last chunk/);
  });

  it('refuses a head larger than 64 KiB', async () => {
    await expect(read([bytesOf(`HTTP/1.1 200 OK\r\nx-big: ${'a'.repeat(70_000)}\r\n\r\n`)])).rejects.toThrow(/larger than/);
  });
});
