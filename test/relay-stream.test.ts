// The stream relay in workerd (SPEC §4.5, §13): bytes pass unchanged from a byte stream (read into one
// reused buffer) and from a plain stream alike, usage is still read from the last events, a stall ends
// with the format's timeout event, and a client that leaves aborts the upstream.
import { describe, expect, it } from 'vitest';
import type { Usage } from '../worker/src/formats/ir/usage.ts';
import { relayStream, type RelayOptions, type StreamEnd } from '../worker/src/pipeline/relay-stream.ts';

const encoder = new TextEncoder();

const frame = (event: string | undefined, data: unknown) => `${event === undefined ? '' : `event: ${event}\n`}data: ${JSON.stringify(data)}\n\n`;

/** An Anthropic stream of about `bytes` bytes whose text mentions "usage", with usage at both ends. */
function anthropicStream(bytes: number): string {
  const parts = [
    frame('message_start', { type: 'message_start', message: { id: 'msg_1', usage: { input_tokens: 11, output_tokens: 1 } } }),
    frame('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
  ];
  const text = 'the "usage" of words '.repeat(200);
  for (let size = 0; size < bytes; size += text.length) parts.push(frame('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }));
  parts.push(frame('content_block_stop', { type: 'content_block_stop', index: 0 }));
  parts.push(frame('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 4321 } }));
  parts.push(frame('message_stop', { type: 'message_stop' }));
  return parts.join('');
}

/** A plain (not byte) stream handing out `text` in chunks of `size` bytes. */
function plainStream(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = encoder.encode(text);
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

const sse = (body: BodyInit) => new Response(body, { headers: { 'content-type': 'text/event-stream' } });

function options(over: Partial<RelayOptions> = {}) {
  const ended: { end?: StreamEnd; usage?: Usage | undefined; aborted: boolean } = { aborted: false };
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const relay: RelayOptions = {
    format: 'anthropic',
    requestId: 'req_test',
    firstContentTimeoutMs: 5_000,
    idleTimeoutMs: 5_000,
    abortUpstream: () => {
      ended.aborted = true;
    },
    onEnd: (end, usage) => {
      ended.end = end;
      ended.usage = usage;
      resolveDone();
    },
    ...over,
  };
  return { relay, ended, done };
}

async function relayed(response: Response, relay: RelayOptions): Promise<string> {
  const start = await relayStream(response, relay);
  if (!start.ok) throw new Error(`relay failed: ${JSON.stringify(start.failure)}`);
  return new Response(start.body).text();
}

describe('relayStream', () => {
  it('passes a long byte stream through unchanged and reads the usage at its end', async () => {
    const text = anthropicStream(3_000_000);
    // A Response body is a byte stream, so this takes the reused-buffer path.
    expect(() => sse('x').body?.getReader({ mode: 'byob' })).not.toThrow();
    const { relay, ended, done } = options();
    expect(await relayed(sse(text), relay)).toBe(text);
    await done;
    expect(ended.end).toEqual({ kind: 'completed' });
    expect(ended.usage).toMatchObject({ inputTokens: 11, outputTokens: 4321 });
  });

  it('passes a plain stream cut at odd places through unchanged, with its usage', async () => {
    const text = anthropicStream(200_000);
    const { relay, ended, done } = options();
    expect(await relayed(sse(plainStream(text, 977)), relay)).toBe(text);
    await done;
    expect(ended.usage).toMatchObject({ inputTokens: 11, outputTokens: 4321 });
  });

  it('reads Chat Completions usage from the final chunk after the content', async () => {
    const chunk = (delta: object, extra: object = {}) => frame(undefined, { id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta }], ...extra });
    const text = [
      chunk({ role: 'assistant', content: 'hi' }),
      chunk({ content: ' there' }),
      frame(undefined, { id: 'c1', object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } }),
      'data: [DONE]\n\n',
    ].join('');
    const { relay, ended, done } = options({ format: 'openai-chat' });
    expect(await relayed(sse(text), relay)).toBe(text);
    await done;
    expect(ended.usage).toMatchObject({ inputTokens: 5, outputTokens: 2 });
  });

  it('ends a stream that stalls after its content with the timeout event', async () => {
    const head = anthropicStream(1_000).split('event: content_block_stop')[0] ?? '';
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(head));
      },
    });
    const { relay, ended, done } = options({ idleTimeoutMs: 100 });
    const body = await relayed(sse(stalled), relay);
    await done;
    expect(body.startsWith(head)).toBe(true);
    expect(body.slice(head.length)).toContain('event: error');
    expect(ended.end).toEqual({ kind: 'idle_timeout' });
    expect(ended.aborted).toBe(true);
  });

  it('aborts the upstream when the client leaves mid-stream', async () => {
    const { relay, ended, done } = options();
    const start = await relayStream(sse(plainStream(anthropicStream(2_000_000), 16_384)), relay);
    if (!start.ok) throw new Error('relay failed');
    const reader = start.body.getReader();
    await reader.read();
    await reader.cancel();
    await done;
    expect(ended.end).toEqual({ kind: 'client_abort' });
    expect(ended.aborted).toBe(true);
  });
});
