// Request recording and the /__mock/ control API, including scenario matching.
import { describe, expect, it } from 'vitest';
import { startMockUpstream } from './server.ts';
import { eventually, postJson, useMockUpstream } from './test-support.ts';

const mock = useMockUpstream();
const chat = (headers: Record<string, string> = {}, model = 'gpt-5', signal?: AbortSignal) =>
  postJson(`${mock.current.url}/v1/chat/completions`, { model, messages: [{ role: 'user', content: 'hi' }] }, headers, signal);
const control = (method: string, path: string, body?: unknown) =>
  fetch(`${mock.current.url}/__mock/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
const replyText = async (response: Response) =>
  ((await response.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]?.message.content;

describe('request recording', () => {
  it('records method, path, query, headers and the parsed body of every upstream request', async () => {
    await postJson(`${mock.current.url}/v1/messages?beta=true`, { model: 'claude', messages: [] }, { 'x-api-key': 'sk-1' });
    const [record] = mock.current.requests();
    expect(record).toMatchObject({
      id: 1,
      method: 'POST',
      path: '/v1/messages',
      query: { beta: 'true' },
      body: { model: 'claude', messages: [] },
      status: 200,
      disconnected: false,
      reset: false,
    });
    expect(record?.headers['x-api-key']).toBe('sk-1');
    await eventually(() => mock.current.requests()[0]?.finishedAt !== undefined);
    expect(mock.current.requests()[0]?.finishedAt).toBeGreaterThanOrEqual(record?.receivedAt ?? Infinity);
  });

  it('flags a client that disconnects before the response is sent', async () => {
    mock.current.script({ delayBeforeHeadersMs: 5_000 });
    const controller = new AbortController();
    const pending = chat({}, 'gpt-5', controller.signal);
    await eventually(() => mock.current.requests().length === 1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await eventually(() => mock.current.requests()[0]?.disconnected === true);
    expect(mock.current.requests()[0]?.status).toBeUndefined();
  });

  it('serves the records over GET /__mock/requests, filtered by path, without recording control calls', async () => {
    await chat();
    await fetch(`${mock.current.url}/v1/models`);
    const all = (await (await control('GET', 'requests')).json()) as { requests: unknown[] };
    const filtered = (await (await control('GET', 'requests?path=/v1/models')).json()) as { requests: Array<{ path: string }> };
    expect(all.requests).toHaveLength(2);
    expect(filtered.requests.map((request) => request.path)).toEqual(['/v1/models']);
  });

  it('filters served records by API key and by id', async () => {
    await chat({ authorization: 'Bearer key-a' });
    await chat({ 'x-api-key': 'key-b' });
    await chat({ authorization: 'Bearer key-a' });
    const byKey = (await (await control('GET', 'requests?apiKey=key-a')).json()) as { requests: Array<{ id: number }> };
    const since = (await (await control('GET', 'requests?since=2')).json()) as { requests: Array<{ id: number }> };
    expect(byKey.requests.map((request) => request.id)).toEqual([1, 3]);
    expect(since.requests.map((request) => request.id)).toEqual([3]);
  });

  it('keeps only the newest requests up to recordLimit', async () => {
    const small = await startMockUpstream({ recordLimit: 2 });
    try {
      for (const model of ['a', 'b', 'c']) await postJson(`${small.url}/v1/chat/completions`, { model, messages: [] });
      expect(small.requests().map((request) => [request.id, (request.body as { model: string }).model])).toEqual([
        [2, 'b'],
        [3, 'c'],
      ]);
    } finally {
      await small.close();
    }
  });

  it('keeps a raw body that is not JSON as text', async () => {
    await fetch(`${mock.current.url}/v1/chat/completions`, { method: 'POST', body: 'not json' });
    expect(mock.current.requests()[0]?.body).toBe('not json');
  });
});

describe('control API', () => {
  it('queues scenarios posted as JSON and applies them in order', async () => {
    const queued = await control('POST', 'scenarios', [{ text: 'first' }, { text: 'second' }]);
    expect(await queued.json()).toMatchObject({ queued: 2 });
    expect(await replyText(await chat())).toBe('first');
    expect(await replyText(await chat())).toBe('second');
    expect(await replyText(await chat())).toBe('Mock reply to: hi');
  });

  it('rejects a scenario with an unknown field, naming it', async () => {
    const response = await control('POST', 'scenarios', { scenarios: [{ delayMs: 5 }] });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('delayMs');
  });

  it('forgets scenarios and records on POST /__mock/reset', async () => {
    await control('POST', 'scenarios', { status: 500, always: true });
    await chat();
    await control('POST', 'reset');
    expect(mock.current.requests()).toEqual([]);
    expect((await chat()).status).toBe(200);
  });

  it('lists and clears queued scenarios', async () => {
    mock.current.script({ label: 'keep', always: true, text: 'x' });
    expect(await (await control('GET', 'scenarios')).json()).toMatchObject({ scenarios: [{ label: 'keep', remaining: 'always' }] });
    await control('DELETE', 'scenarios');
    expect(await (await control('GET', 'scenarios')).json()).toEqual({ scenarios: [] });
  });
});

describe('scenario matching', () => {
  it('applies a scenario only to requests carrying the given API key, in any vendor position', async () => {
    mock.current.script({ match: { apiKey: 'bad-key' }, status: 401, always: true });
    expect((await chat({ authorization: 'Bearer good-key' })).status).toBe(200);
    expect((await chat({ authorization: 'Bearer bad-key' })).status).toBe(401);
    const gemini = await postJson(`${mock.current.url}/v1beta/models/g:generateContent?key=bad-key`, { contents: [] });
    expect(gemini.status).toBe(401);
  });

  it('matches on a header value, the model and a path substring', async () => {
    mock.current.script(
      { match: { header: { name: 'X-Provider', value: 'p2' } }, text: 'by header' },
      { match: { model: 'gpt-4.1' }, text: 'by model' },
      { match: { path: 'beta=true' }, status: 418 },
    );
    expect(await replyText(await chat({ 'x-provider': 'p1' }))).toBe('Mock reply to: hi');
    expect(await replyText(await chat({ 'x-provider': 'p2' }))).toBe('by header');
    expect(await replyText(await chat({}, 'gpt-4.1'))).toBe('by model');
    expect((await postJson(`${mock.current.url}/v1/messages?beta=true`, {})).status).toBe(418);
  });

  it('applies a scenario to the next N matching requests, then stops, and records its label', async () => {
    mock.current.script({ label: 'two failures', status: 503, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await chat()).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(mock.current.requests().map((request) => request.scenario)).toEqual(['two failures', 'two failures', undefined]);
  });

  it('answers unknown paths with 404 in a vendor error shape', async () => {
    const response = await postJson(`${mock.current.url}/v1/unknown`, {});
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
  });
});
