// The cross-format matrix: every client format converted to every provider format and back, checked
// against the hand-written version of the same conversation in the target format.
import { describe, expect, it } from 'vitest';
import { conversationRequests, reasoningForOtherVendors, routeModel } from './__fixtures__/conversation-requests.ts';
import { toolCallResponses } from './__fixtures__/conversation-responses.ts';
import { recordedErrorStreams, recordedStreams } from './__fixtures__/recorded-streams.ts';
import { codecFor } from './codecs.ts';
import { wireFormats, type WireFormat } from './format.ts';
import { collectStream, meaningOf, normalizeCallIds, sseEventsOf, toBytes, translateBytes } from './test-support.ts';

const route = { model: routeModel, stream: false };
const pairs = wireFormats.flatMap((from) => wireFormats.filter((to) => to !== from).map((to) => [from, to] as const));
const allPairs = wireFormats.flatMap((from) => wireFormats.map((to) => [from, to] as const));

const withoutCreated = (body: Record<string, unknown>): Record<string, unknown> => {
  const { created: _created, created_at: _createdAt, ...rest } = body;
  return rest;
};

const geminiFamily: readonly WireFormat[] = ['gemini', 'gemini-cli'];
const sameFamily = (a: WireFormat, b: WireFormat): boolean => a === b || (geminiFamily.includes(a) && geminiFamily.includes(b));

describe.each(Object.keys(conversationRequests) as (keyof typeof conversationRequests)[])('the %s conversation', (name) => {
  const bodies = conversationRequests[name];
  // Signed reasoning can only be verified by the vendor that signed it; every other provider goes without.
  const expectedFor = (client: WireFormat, provider: WireFormat) =>
    name === 'reasoning' && !sameFamily(client, provider) ? reasoningForOtherVendors[provider] : bodies[provider];

  it.each(pairs)('converts a %s request into the %s request', (client, provider) => {
    const ir = codecFor(client).parseRequest(bodies[client], route);
    expect(normalizeCallIds(codecFor(provider).renderRequest(ir))).toEqual(normalizeCallIds(expectedFor(client, provider)));
  });
});

describe('responses with text and parallel tool calls', () => {
  it.each(pairs)('converts a %s response into the %s response', (provider, client) => {
    const ir = codecFor(provider).parseResponse(toolCallResponses[provider]);
    const rendered = codecFor(client).renderResponse(ir);
    expect(withoutCreated(normalizeCallIds(rendered))).toEqual(withoutCreated(normalizeCallIds(toolCallResponses[client])));
  });
});

const expectedStreamMeaning = normalizeCallIds({
  content: [
    { type: 'reasoning', text: 'Need weather and time — both 🌍.' },
    { type: 'text', text: 'Checking both — un moment ☕.' },
    { type: 'tool-call', id: 'call_w', name: 'get_weather', arguments: { city: 'Paris' } },
    { type: 'tool-call', id: 'call_t', name: 'get_time', arguments: { zone: 'CET' } },
  ],
  finishReason: 'tool-calls',
});

/** Anthropic reports no reasoning token count, so it is lost whenever Anthropic is on either side. */
const expectedUsage = (provider: WireFormat, client: WireFormat) => ({
  inputTokens: 100,
  outputTokens: 50,
  cacheReadTokens: 20,
  cacheWrite5mTokens: 0,
  cacheWrite1hTokens: 0,
  reasoningTokens: provider === 'anthropic' || client === 'anthropic' ? 0 : 12,
});

describe('streams with reasoning, text and parallel tool calls', () => {
  it.each(allPairs)('converts a %s stream into a %s stream that means the same', async (provider, client) => {
    const output = await translateBytes([toBytes(recordedStreams[provider])], provider, client);
    const { response, errors } = await collectStream(output, client);
    expect(errors).toEqual([]);
    expect(meaningOf(response)).toEqual(expectedStreamMeaning);
    expect(response.usage).toEqual(expectedUsage(provider, client));
  });

  it.each(pairs)('never hands a %s signature to a %s client', async (provider, client) => {
    const output = await translateBytes([toBytes(recordedStreams[provider])], provider, client);
    const { response } = await collectStream(output, client);
    const signatures = response.content.flatMap((block) => (block.type === 'reasoning' && block.signature ? [block.signature] : []));
    const foreign = signatures.filter((signature) => signature.format !== client && !(client === 'gemini-cli' && signature.format === 'gemini'));
    expect(foreign).toEqual([]);
  });

  it('passes an Anthropic thinking signature on to an Anthropic client', async () => {
    const output = await translateBytes([toBytes(recordedStreams.anthropic)], 'anthropic', 'anthropic');
    const { response } = await collectStream(output, 'anthropic');
    expect(response.content[0]).toMatchObject({ type: 'reasoning', signature: { format: 'anthropic', value: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3h' } });
  });

  it('hands a Responses client the reasoning item with its encrypted content unchanged', async () => {
    const output = await translateBytes([toBytes(recordedStreams['openai-responses'])], 'openai-responses', 'openai-responses');
    const events = await sseEventsOf(output);
    const done = events.map((e) => JSON.parse(e.data) as Record<string, unknown>).find((d) => d.type === 'response.output_item.done');
    expect(done?.item).toEqual({
      id: 'rs_1',
      type: 'reasoning',
      summary: [{ type: 'summary_text', text: 'Need weather and time — both 🌍.' }],
      encrypted_content: 'gAAAAABo-encrypted==',
    });
  });

  it('keeps the thought signature of a Gemini function call for a Gemini client', async () => {
    const output = await translateBytes([toBytes(recordedStreams.gemini)], 'gemini', 'gemini');
    expect(output).toContain('"thoughtSignature":"CiQBcsjafE9sig"');
  });

  it('emits every converted event as soon as its upstream event arrives', async () => {
    const translation = (await import('./translate-stream.ts')).createStreamTranslation(codecFor('anthropic'), codecFor('openai-chat'));
    const [start, , thinking] = await sseEventsOf(recordedStreams.anthropic);
    expect(start && translation.push(start)).toHaveLength(1);
    expect(thinking && translation.push(thinking)).toEqual([]);
    const [, , , reasoningDelta] = await sseEventsOf(recordedStreams.anthropic);
    expect(reasoningDelta && translation.push(reasoningDelta).map((e) => e.data)).toEqual([
      expect.stringContaining('"reasoning_content":"Need weather and time — both 🌍."'),
    ]);
  });
});

/**
 * The error each failing recorded stream carries, as every client format must render it. A Responses
 * client gets the `{code, message}` both in an `error` event and in the response of response.failed.
 */
const expectedErrorEvents: Record<string, Record<WireFormat, unknown>> = {
  anthropic: {
    anthropic: { event: 'error', data: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } },
    'openai-chat': { data: { error: { message: 'Overloaded', type: 'server_error', code: 'server_error', param: null } } },
    'openai-responses': { code: 'server_error', message: 'Overloaded' },
    gemini: { data: { error: { code: 529, message: 'Overloaded', status: 'INTERNAL' } } },
    'gemini-cli': { data: { error: { code: 529, message: 'Overloaded', status: 'INTERNAL' } } },
  },
  'openai-chat': {
    anthropic: { event: 'error', data: { type: 'error', error: { type: 'rate_limit_error', message: 'Rate limit reached for requests' } } },
    'openai-chat': { data: { error: { message: 'Rate limit reached for requests', type: 'rate_limit_error', code: 'rate_limit_exceeded', param: null } } },
    'openai-responses': { code: 'rate_limit_exceeded', message: 'Rate limit reached for requests' },
    gemini: { data: { error: { code: 429, message: 'Rate limit reached for requests', status: 'RESOURCE_EXHAUSTED' } } },
    'gemini-cli': { data: { error: { code: 429, message: 'Rate limit reached for requests', status: 'RESOURCE_EXHAUSTED' } } },
  },
  'openai-responses': {
    anthropic: { event: 'error', data: { type: 'error', error: { type: 'api_error', message: 'The model failed to generate a response.' } } },
    'openai-chat': { data: { error: { message: 'The model failed to generate a response.', type: 'server_error', code: 'server_error', param: null } } },
    'openai-responses': { code: 'server_error', message: 'The model failed to generate a response.' },
    gemini: { data: { error: { code: 500, message: 'The model failed to generate a response.', status: 'INTERNAL' } } },
    'gemini-cli': { data: { error: { code: 500, message: 'The model failed to generate a response.', status: 'INTERNAL' } } },
  },
  gemini: {
    anthropic: { event: 'error', data: { type: 'error', error: { type: 'overloaded_error', message: 'The model is overloaded. Please try again later.' } } },
    'openai-chat': { data: { error: { message: 'The model is overloaded. Please try again later.', type: 'server_error', code: 'server_error', param: null } } },
    'openai-responses': { code: 'server_error', message: 'The model is overloaded. Please try again later.' },
    gemini: { data: { error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } } },
    'gemini-cli': { data: { error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } } },
  },
};

const errorPairs = Object.keys(recordedErrorStreams).flatMap((provider) => wireFormats.map((client) => [provider as WireFormat, client] as const));

describe('errors in the middle of a stream', () => {
  it.each(errorPairs)('turn a %s stream error into the %s client error event, after the text so far', async (provider, client) => {
    const output = await translateBytes([toBytes(recordedErrorStreams[provider] ?? '')], provider, client);
    const events = await sseEventsOf(output);
    const expected = expectedErrorEvents[provider]?.[client];
    if (client === 'openai-responses') {
      const [error, failed] = events.slice(-2).map((e) => ({ event: e.event, data: JSON.parse(e.data) as Record<string, unknown> }));
      expect(error).toMatchObject({ event: 'error', data: { type: 'error', ...(expected as object), param: null } });
      expect(failed).toMatchObject({ event: 'response.failed', data: { response: { status: 'failed', error: expected } } });
    } else {
      const last = events.at(-1);
      expect({ ...(last?.event !== undefined ? { event: last.event } : {}), data: JSON.parse(last?.data ?? 'null') as unknown }).toEqual(expected);
    }
    const { response } = await collectStream(output, client);
    expect(response.content).toContainEqual(expect.objectContaining({ type: 'text', text: 'Partial — ' }));
    expect(response.finishReason).toBe('other');
  });
});
