// Streaming timings from the client's side: time to the response headers, to the first content event,
// and the arrival time of every event, for the targets in turn.
import type { TargetName } from './bench-results.ts';
import type { Call } from './measure-latency.ts';
import { roundOrder } from './measure-latency.ts';
import { forEachChunk } from './read-body.ts';
import { splitEvents } from './stream-events.ts';

export interface StreamTiming {
  ttfb: number;
  firstContent: number;
  /** When each complete event arrived, in ms since the request was sent. */
  eventTimes: number[];
}

const isContentEvent = (event: string) => event.includes('content_block_delta');

export async function timeStream(call: Call): Promise<StreamTiming> {
  const started = performance.now();
  const response = await fetch(`${call.baseUrl}${call.request.path}`, call.request.init);
  const ttfb = performance.now() - started;
  if (!response.ok || response.body === null) throw new Error(`${call.name} stream answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  const decoder = new TextDecoder();
  const eventTimes: number[] = [];
  let firstContent = Number.NaN;
  let pending = '';
  await forEachChunk(response.body, (chunk) => {
    const at = performance.now() - started;
    const { events, rest } = splitEvents(pending, decoder.decode(chunk, { stream: true }));
    pending = rest;
    for (const event of events) {
      eventTimes.push(at);
      if (Number.isNaN(firstContent) && isContentEvent(event)) firstContent = at;
    }
  });
  return { ttfb, firstContent, eventTimes };
}

export async function measureStreams(calls: Call[], rounds: number): Promise<Partial<Record<TargetName, StreamTiming[]>>> {
  const timings: Partial<Record<TargetName, StreamTiming[]>> = {};
  for (let round = 0; round < rounds; round++) {
    for (const call of roundOrder(calls, round)) (timings[call.name] ??= []).push(await timeStream(call));
  }
  return timings;
}
