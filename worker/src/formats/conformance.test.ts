// The conformance suite every codec runs: round trips through the neutral form, total finish-reason
// tables, and streams that give the same output however the upstream bytes are cut.
import { describe, expect, it } from 'vitest';
import { everySplit } from '../sse/test-support.ts';
import { conversationRequests, routeModel } from './__fixtures__/conversation-requests.ts';
import { toolCallResponses } from './__fixtures__/conversation-responses.ts';
import { recordedStreams } from './__fixtures__/recorded-streams.ts';
import { codecFor } from './codecs.ts';
import { wireFormats, type WireFormat } from './format.ts';
import { finishReasons } from './ir/finish-reason.ts';
import { collectStream, meaningOf, parseStream, toBytes, translateBytes } from './test-support.ts';

const route = { model: routeModel, stream: false };
const conversations = Object.entries(conversationRequests);
const nextFormat = (format: WireFormat): WireFormat => wireFormats[(wireFormats.indexOf(format) + 1) % wireFormats.length] ?? format;

describe.each(wireFormats)('%s codec', (format) => {
  const codec = codecFor(format);

  it.each(conversations)('renders the %s conversation back exactly as it was parsed', (_name, bodies) => {
    expect(codec.renderRequest(codec.parseRequest(bodies[format], route))).toEqual(bodies[format]);
  });

  it('keeps top-level fields it does not know when rendering its own format', () => {
    const body = { ...conversationRequests.text[format], future_field: { enabled: true } };
    expect(codec.renderRequest(codec.parseRequest(body, route))).toEqual(body);
  });

  it('renders a response back exactly as it was parsed', () => {
    expect(codec.renderResponse(codec.parseResponse(toolCallResponses[format]))).toEqual(toolCallResponses[format]);
  });

  it('maps every neutral finish reason to a value it parses back to a compatible reason', () => {
    for (const reason of finishReasons) {
      const response = { id: 'resp_1', model: 'm', content: [], finishReason: reason };
      const parsed = codec.parseResponse(codec.renderResponse(response)).finishReason;
      expect(finishReasons).toContain(parsed);
      if (reason === 'stop' || reason === 'length') expect(parsed).toBe(reason);
      if (reason === 'content-filter') expect(['content-filter', 'refusal']).toContain(parsed);
    }
  });

  it('reads an error body of its own format back to the same status and message', () => {
    const error = { status: 429, message: 'Too many requests' };
    expect(codec.parseError(429, codec.renderError(error))).toMatchObject(error);
  });

  it('rejects a body that is not its format with a CodecError', () => {
    expect(() => codec.parseRequest({ nothing: true }, route)).toThrow(/Invalid/);
  });

  it('produces identical client output when the recorded stream is re-split at every byte offset', async () => {
    const bytes = toBytes(recordedStreams[format]);
    const client = nextFormat(format);
    const expected = await translateBytes([bytes], format, client);
    expect(expected.length).toBeGreaterThan(0);
    for (const chunks of everySplit(bytes)) {
      expect(await translateBytes(chunks, format, client)).toBe(expected);
    }
  });

  it('keeps the meaning of its recorded stream when rendering and parsing it again in its own format', async () => {
    const original = await collectStream(recordedStreams[format], format);
    const rendered = await translateBytes([toBytes(recordedStreams[format])], format, format);
    const again = await collectStream(rendered, format);
    expect(meaningOf(again.response)).toEqual(meaningOf(original.response));
    expect(again.response.usage).toEqual(original.response.usage);
  });

  it('opens and closes every block it starts, and ends the message once', async () => {
    const events = await parseStream(recordedStreams[format], format);
    const starts = events.filter((e) => e.type === 'block-start').map((e) => (e as { index: number }).index);
    const ends = events.filter((e) => e.type === 'block-end').map((e) => (e as { index: number }).index);
    expect(ends.sort()).toEqual(starts.sort());
    expect(events.filter((e) => e.type === 'message-end')).toHaveLength(1);
    expect(events[0]?.type).toBe('message-start');
  });
});
