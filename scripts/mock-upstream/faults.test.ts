// Scripted faults: vendor error bodies per endpoint, delays, stalls, resets, malformed and empty answers.
import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { eventually, parseSse, postJson, readSseEvents, useMockUpstream } from './test-support.ts';

const mock = useMockUpstream();
const anthropicBody = (stream: boolean) => ({ model: 'claude-sonnet-4-5', max_tokens: 10, stream, messages: [{ role: 'user', content: 'one two three four' }] });
const messages = (stream = true, headers: Record<string, string> = {}, signal?: AbortSignal) =>
  postJson(`${mock.current.url}/v1/messages`, anthropicBody(stream), headers, signal);

describe('scripted error statuses', () => {
  const cases = [
    { path: '/v1/messages', status: 401, body: { type: 'error', error: { type: 'authentication_error' } } },
    { path: '/v1/messages/count_tokens', status: 429, body: { type: 'error', error: { type: 'rate_limit_error' } } },
    { path: '/v1/chat/completions', status: 401, body: { error: { type: 'invalid_request_error', code: 'invalid_api_key', param: null } } },
    { path: '/v1/responses', status: 500, body: { error: { type: 'server_error' } } },
    { path: '/v1beta/models/gemini-2.5-pro:generateContent', status: 503, body: { error: { code: 503, status: 'UNAVAILABLE' } } },
    { path: '/v1internal:streamGenerateContent?alt=sse', status: 403, body: { error: { code: 403, status: 'PERMISSION_DENIED' } } },
  ];

  it.each(cases)('answers $path with $status and that vendor’s error body', async ({ path, status, body }) => {
    mock.current.script({ status, errorMessage: 'scripted failure' });
    const response = await postJson(`${mock.current.url}${path}`, { model: 'm', stream: true });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    const json = (await response.json()) as Record<string, unknown>;
    expect(json).toMatchObject(body);
    expect(JSON.stringify(json)).toContain('scripted failure');
  });

  it('uses the Anthropic error shape for the model list when anthropic-version is sent', async () => {
    mock.current.script({ status: 404 });
    const response = await fetch(`${mock.current.url}/v1/models`, { headers: { 'anthropic-version': '2023-06-01' } });
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
  });

  it('sends a scripted raw error body and extra headers as given', async () => {
    mock.current.script({ status: 502, errorBody: { custom: true }, headers: { 'retry-after': '7' } });
    const response = await messages(false);
    expect(response.status).toBe(502);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({ custom: true });
  });
});

describe('timing', () => {
  it('waits delayBeforeHeadersMs before sending headers', async () => {
    mock.current.script({ delayBeforeHeadersMs: 120 });
    const started = Date.now();
    const response = await messages(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(response.status).toBe(200);
  });

  it('waits delayBetweenEventsMs between stream events', async () => {
    mock.current.script({ delayBetweenEventsMs: 15 });
    const started = Date.now();
    const events = parseSse(await (await messages()).text());
    expect(events.length).toBeGreaterThan(8);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15 * (events.length - 1) - 5);
  });
});

describe('broken connections', () => {
  it('stalls after N events until the client gives up, and records the disconnect', async () => {
    mock.current.script({ stallAfterEvents: 2 });
    const controller = new AbortController();
    const response = await messages(true, {}, controller.signal);
    const { events, reader } = await readSseEvents(response, 2);
    expect(events.map((event) => event.event)).toEqual(['message_start', 'content_block_start']);
    const next = reader.read();
    const waited = await Promise.race([next.then(() => 'data'), new Promise((resolve) => setTimeout(() => resolve('stalled'), 80))]);
    expect(waited).toBe('stalled');
    controller.abort();
    await next.catch(() => undefined);
    await eventually(() => mock.current.requests()[0]?.disconnected === true);
    expect(mock.current.requests()[0]).toMatchObject({ disconnected: true, reset: false, disconnectedAt: expect.any(Number) });
  });

  it('stalls a non-streaming answer after its headers', async () => {
    mock.current.script({ stallAfterEvents: 0 });
    const controller = new AbortController();
    const response = await messages(false, {}, controller.signal);
    expect(response.status).toBe(200);
    const body = response.text();
    setTimeout(() => controller.abort(), 50);
    await expect(body).rejects.toThrow();
  });

  it('resets the connection after N events; the client sees an error, not a clean end', async () => {
    mock.current.script({ resetAfterEvents: 3 });
    const response = await messages();
    const { events, reader } = await readSseEvents(response, 3);
    expect(events).toHaveLength(3);
    await expect(reader.read()).rejects.toThrow();
    await eventually(() => mock.current.requests()[0]?.reset === true);
    expect(mock.current.requests()[0]?.disconnected).toBe(false);
  });

  it('resets a non-streaming answer halfway through its body', async () => {
    mock.current.script({ resetAfterEvents: 0 });
    const response = await messages(false);
    await expect(response.text()).rejects.toThrow();
  });
});

describe('broken bodies', () => {
  it('corrupts one event into invalid JSON and keeps the others intact', async () => {
    mock.current.script({ malformed: true, malformedAtEvent: 2 });
    const events = parseSse(await (await messages()).text());
    const invalid = events.filter((event) => !isJson(event.data));
    expect(invalid).toHaveLength(1);
    expect(events.indexOf(invalid[0] as (typeof events)[number])).toBe(2);
  });

  it('truncates a non-streaming body when malformed', async () => {
    mock.current.script({ malformed: true });
    expect(isJson(await (await messages(false)).text())).toBe(false);
  });

  it('answers 200 with no events at all when empty', async () => {
    mock.current.script({ empty: true, times: 2 });
    const stream = await messages();
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    expect(await stream.text()).toBe('');
    expect(await (await messages(false)).text()).toBe('');
  });
});

describe('in-stream errors', () => {
  it('sends Anthropic event: error, which the SDK raises as the vendor error', async () => {
    mock.current.script({ streamError: { afterEvents: 3, status: 529 } });
    const client = new Anthropic({ apiKey: 'k', baseURL: mock.current.url, maxRetries: 0 });
    const stream = client.messages.stream({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'a b c d' }] });
    await expect(stream.finalMessage()).rejects.toMatchObject({ error: { type: 'error', error: { type: 'overloaded_error' } } });
  });

  it('ends an OpenAI chat stream with an error chunk and no [DONE]', async () => {
    mock.current.script({ streamError: { afterEvents: 2, message: 'boom' } });
    const response = await postJson(`${mock.current.url}/v1/chat/completions`, { model: 'gpt-5', stream: true, messages: [{ role: 'user', content: 'a b c d e f' }] });
    const events = parseSse(await response.text());
    expect(events).toHaveLength(3);
    expect(JSON.parse(events[2]?.data ?? '')).toEqual({ error: { message: 'boom', type: 'server_error', param: null, code: null } });
  });

  it.each([
    { event: 'failed' as const, type: 'response.failed' },
    { event: 'error' as const, type: 'error' },
  ])('ends a Responses stream with $type carrying the next sequence number', async ({ event, type }) => {
    mock.current.script({ streamError: { afterEvents: 4, status: 429, event } });
    const response = await postJson(`${mock.current.url}/v1/responses`, { model: 'gpt-5', stream: true, input: 'a b c d e f' });
    const events = parseSse(await response.text());
    const last = JSON.parse(events.at(-1)?.data ?? '') as Record<string, unknown>;
    expect(events).toHaveLength(5);
    expect(events.at(-1)?.event).toBe(type);
    expect(last).toMatchObject({ type, sequence_number: 4 });
    if (type === 'response.failed') expect(last).toMatchObject({ response: { status: 'failed', error: { code: 'rate_limit_exceeded' } } });
  });

  it('sends a Google error object as a Gemini SSE event', async () => {
    mock.current.script({ streamError: { afterEvents: 1, status: 503 } });
    const response = await postJson(`${mock.current.url}/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse`, {
      contents: [{ role: 'user', parts: [{ text: 'a b c d e f' }] }],
    });
    const events = parseSse(await response.text());
    expect(JSON.parse(events.at(-1)?.data ?? '')).toMatchObject({ error: { code: 503, status: 'UNAVAILABLE' } });
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
