// Streams a large reply through the gateway, reading and dropping it, while sampling workerd's resident
// memory: flat memory means the gateway neither buffers the stream nor leaks per chunk.
import type { BigStreamResult } from './bench-results.ts';
import type { Call } from './measure-latency.ts';
import { forEachChunk } from './read-body.ts';
import { rssMb } from './workerd-process.ts';

export async function measureBigStream(call: Call, options: { pid: number; bytesExpected: number; intervalMs: number }): Promise<BigStreamResult> {
  const rssBeforeMb = rssMb(options.pid);
  const rssSamplesMb: number[] = [];
  const timer = setInterval(() => rssSamplesMb.push(rssMb(options.pid)), options.intervalMs);
  const started = performance.now();
  let bytesReceived = 0;
  let tail = '';
  let head = '';
  const decoder = new TextDecoder();
  try {
    const response = await fetch(`${call.baseUrl}${call.request.path}`, call.request.init);
    if (!response.ok || response.body === null) throw new Error(`big stream answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    await forEachChunk(response.body, (chunk) => {
      if (head.length < 300) head += decoder.decode(chunk.subarray(0, 300));
      bytesReceived += chunk.byteLength;
      tail = (tail + decoder.decode(chunk.subarray(-256))).slice(-256);
    });
  } finally {
    clearInterval(timer);
  }
  // Whole: at least the reply's text arrived, and the stream ended with the vendor's closing event.
  const complete = bytesReceived >= options.bytesExpected && tail.includes('message_stop');
  const problem = complete ? undefined : `the stream ended after ${bytesReceived} bytes: ${head.slice(0, 300)}`;
  return { bytesExpected: options.bytesExpected, bytesReceived, complete, problem, seconds: (performance.now() - started) / 1000, rssBeforeMb, rssSamplesMb };
}
