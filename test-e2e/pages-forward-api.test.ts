// The Pages Function's forwarding (admin/functions/forward-api.ts) against a local HTTP server
// standing in for the gateway worker: what reaches the worker, what comes back, streaming both ways,
// and the 502s when there is no worker to reach.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardApi } from '../admin/functions/forward-api.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let apiOrigin: string;
let handler: Handler;
const pages = 'https://admin.example.pages.dev';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
  });
}

/** Answers every request with what the worker saw, as JSON. */
const echo: Handler = (request, response) => {
  void readBody(request).then((body) => {
    const seen: Seen = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(seen));
  });
};

async function forward(path: string, init: RequestInit & { duplex?: 'half' } = {}): Promise<Response> {
  return forwardApi(new Request(`${pages}${path}`, init), { API_ORIGIN: apiOrigin });
}

beforeAll(async () => {
  server = createServer((request, response) => handler(request, response));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  apiOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('forwarding /api/* from Pages to the gateway worker', () => {
  it('keeps the method, path, query and body', async () => {
    handler = echo;
    const response = await forward('/api/admin/users/7?x=1&y=2', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', origin: pages },
      body: JSON.stringify({ name: 'Ada' }),
    });
    expect(response.status).toBe(200);
    const seen = await response.json() as Seen;
    expect(seen).toMatchObject({ method: 'PATCH', url: '/api/admin/users/7?x=1&y=2', body: '{"name":"Ada"}' });
    expect(seen.headers['content-type']).toBe('application/json');
    expect(seen.headers.host).toBe(new URL(apiOrigin).host);

    for (const method of ['DELETE', 'POST', 'PUT']) {
      const answer = await forward('/api/admin/keys/3', { method, body: method === 'DELETE' ? null : 'x' });
      expect(await answer.json()).toMatchObject({ method, url: '/api/admin/keys/3', body: method === 'DELETE' ? '' : 'x' });
    }
  });

  it('passes the cookie to the worker and every Set-Cookie back', async () => {
    handler = (request, response) => {
      response.setHeader('set-cookie', ['cch_admin_session=v1.abc; Path=/api/admin; HttpOnly; SameSite=Strict', 'other=1; Path=/']);
      response.setHeader('x-saw-cookie', request.headers.cookie ?? '');
      response.end('{}');
    };
    const response = await forward('/api/admin/login', { method: 'POST', headers: { cookie: 'cch_admin_session=old; theme=dark', origin: pages }, body: '{}' });
    expect(response.headers.get('x-saw-cookie')).toBe('cch_admin_session=old; theme=dark');
    expect(response.headers.getSetCookie()).toEqual([
      'cch_admin_session=v1.abc; Path=/api/admin; HttpOnly; SameSite=Strict',
      'other=1; Path=/',
    ]);
  });

  it('rewrites a same-host Origin and Referer to the worker, and strips them from a cross-site request', async () => {
    handler = echo;
    const same = (await (await forward('/api/admin/users', {
      method: 'POST',
      headers: { origin: pages, referer: `${pages}/admin/users?tab=1` },
      body: '{}',
    })).json()) as Seen;
    expect(same.headers.origin).toBe(apiOrigin);
    expect(same.headers.referer).toBe(`${apiOrigin}/admin/users?tab=1`);

    const refererOnly = (await (await forward('/api/admin/users', { method: 'POST', headers: { referer: `${pages}/admin/` }, body: '{}' })).json()) as Seen;
    expect(refererOnly.headers.origin).toBeUndefined();
    expect(refererOnly.headers.referer).toBe(`${apiOrigin}/admin/`);

    const mixed = (await (await forward('/api/admin/users', { method: 'POST', headers: { origin: pages, referer: 'https://evil.example/x' }, body: '{}' })).json()) as Seen;
    expect(mixed.headers.origin).toBe(apiOrigin);
    expect(mixed.headers.referer).toBeUndefined();

    const sources: Array<Record<string, string>> = [{ origin: 'https://evil.example' }, { origin: apiOrigin }, { origin: 'null' }, { referer: 'https://evil.example/x' }];
    for (const headers of sources) {
      const cross = (await (await forward('/api/admin/users', { method: 'POST', headers, body: '{}' })).json()) as Seen;
      expect(cross.headers.origin).toBeUndefined();
      expect(cross.headers.referer).toBeUndefined();
    }
  });

  it('drops hop-by-hop headers both ways, including those the Connection header names', async () => {
    handler = (request, response) => {
      response.writeHead(200, {
        connection: 'close, x-hop',
        'x-hop': 'answer-hop',
        'keep-alive': 'timeout=5',
        'x-kept': 'yes',
        'x-saw': JSON.stringify(request.headers),
      });
      response.end('ok');
    };
    const response = await forward('/api/admin/me', {
      headers: { connection: 'x-private', 'x-private': 'hop', 'proxy-authorization': 'Basic eA==', 'keep-alive': '1', 'x-end-to-end': 'kept' },
    });
    const saw = JSON.parse(response.headers.get('x-saw') ?? '{}') as Record<string, string>;
    expect(saw['x-private']).toBeUndefined();
    expect(saw['proxy-authorization']).toBeUndefined();
    expect(saw['keep-alive']).toBeUndefined();
    expect(saw['x-end-to-end']).toBe('kept');
    expect(response.headers.get('x-hop')).toBeNull();
    expect(response.headers.get('keep-alive')).toBeNull();
    expect(response.headers.get('connection')).toBeNull();
    expect(response.headers.get('x-kept')).toBe('yes');
    expect(await response.text()).toBe('ok');
  });

  it('streams the answer: the first chunk arrives before the worker writes the second', async () => {
    let writeRest: () => void = () => {};
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('first;');
      writeRest = () => response.end('second');
    };
    const response = await forward('/api/admin/stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe('first;');
    writeRest();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
    expect(rest).toBe('second');
  });

  it('streams the request body: the worker reads the first part before the rest is sent', async () => {
    let firstPart: (text: string) => void = () => {};
    const firstArrived = new Promise<string>((resolve) => (firstPart = resolve));
    handler = (request, response) => {
      let text = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => {
        if (text === '') firstPart(chunk);
        text += chunk;
      });
      request.on('end', () => response.end(text));
    };
    let push: ReadableStreamDefaultController<Uint8Array> | undefined;
    const body = new ReadableStream<Uint8Array>({ start: (controller) => void (push = controller) });
    const encoder = new TextEncoder();
    push?.enqueue(encoder.encode('part-one;'));
    const answer = forward('/api/admin/prices/sync', { method: 'POST', body, duplex: 'half' });
    expect(await firstArrived).toBe('part-one;');
    push?.enqueue(encoder.encode('part-two'));
    push?.close();
    expect(await (await answer).text()).toBe('part-one;part-two');
  });

  it('passes redirects and errors from the worker through unchanged', async () => {
    handler = (request, response) => {
      if (request.url === '/api/admin/moved') response.writeHead(302, { location: '/api/admin/elsewhere' }).end();
      else response.writeHead(403, { 'content-type': 'application/json' }).end('{"error":{"code":"csrf_rejected"}}');
    };
    const moved = await forward('/api/admin/moved');
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('/api/admin/elsewhere');
    const refused = await forward('/api/admin/users', { method: 'POST', body: '{}' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: 'csrf_rejected' } });
  });
});

describe('when there is no worker to reach', () => {
  it('answers 502 api_unreachable in the admin error shape when the worker is down', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const downOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));

    const response = await forwardApi(new Request(`${pages}/api/admin/me`), { API_ORIGIN: downOrigin });
    expect(response.status).toBe(502);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('api_unreachable');
    expect(body.error.message).toContain(downOrigin);
    expect(body.error.message).toMatch(/ECONNREFUSED|refused/i);
  });

  it('answers 502 api_unreachable when the service binding throws', async () => {
    const binding = { fetch: () => Promise.reject(new Error('service unavailable')) };
    const response = await forwardApi(new Request(`${pages}/api/admin/me`), { API: binding });
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: { code: 'api_unreachable', message: 'The gateway worker could not be reached through the API service binding: service unavailable' },
    });
  });

  it('answers 502 api_not_configured without a binding or API_ORIGIN, or with an unusable API_ORIGIN', async () => {
    for (const env of [{}, { API_ORIGIN: ' ' }, { API_ORIGIN: 'gateway.example' }, { API_ORIGIN: 'ftp://gateway.example' }, { API_ORIGIN: pages }]) {
      const response = await forwardApi(new Request(`${pages}/api/admin/me`), env);
      expect(response.status).toBe(502);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('api_not_configured');
      expect(body.error.message).toMatch(/API_ORIGIN/);
    }
  });

  it('prefers the service binding and hands it the request with the Pages URL', async () => {
    const seen: Request[] = [];
    const binding = { fetch: (request: Request) => (seen.push(request), Promise.resolve(new Response('bound'))) };
    const response = await forwardApi(new Request(`${pages}/api/admin/me?x=1`, { headers: { origin: pages } }), { API: binding, API_ORIGIN: apiOrigin });
    expect(await response.text()).toBe('bound');
    expect(seen[0]?.url).toBe(`${pages}/api/admin/me?x=1`);
    expect(seen[0]?.headers.get('origin')).toBe(pages);
  });
});
