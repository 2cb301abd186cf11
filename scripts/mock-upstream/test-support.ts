// Helpers the mock's own tests share: start one mock per file and read raw SSE responses.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startMockUpstream } from './server.ts';
import type { MockUpstream, MockUpstreamOptions } from './server.ts';

/** One mock per test file, reset before every test; read `.current` inside tests. */
export function useMockUpstream(options: MockUpstreamOptions = {}): { current: MockUpstream } {
  const holder = {} as { current: MockUpstream };
  beforeAll(async () => {
    holder.current = await startMockUpstream(options);
  });
  beforeEach(() => holder.current.reset());
  afterAll(async () => {
    await holder.current.close();
  });
  return holder;
}

export interface SseEvent {
  event: string | undefined;
  data: string;
}

/** Splits an SSE body into events; enough for the mock's well-formed output. */
export function parseSse(text: string): SseEvent[] {
  return text
    .replaceAll('\r\n', '\n')
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length);
      const data = lines
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice('data: '.length))
        .join('\n');
      return { event, data };
    });
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal });
}

/** Polls until `check` passes, for server-side effects that land just after the client sees its answer. */
export async function eventually(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Reads a streaming body until `count` SSE events arrived; returns them and the reader to go on with. */
export async function readSseEvents(
  response: Response,
  count: number,
): Promise<{ events: SseEvent[]; reader: ReadableStreamDefaultReader<Uint8Array> }> {
  if (response.body === null) throw new Error('no body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.replaceAll('\r\n', '\n').split('\n\n').length - 1 < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return { events: parseSse(text), reader };
}
