// Closed-loop throughput: `concurrency` clients each send their next request as soon as the last one
// is answered, for a fixed time; the result is completed requests per second.
import type { Call } from './measure-latency.ts';
import { timeRequest } from './measure-latency.ts';

export interface ThroughputRun {
  requestsPerSecond: number;
  completed: number;
}

export async function measureThroughput(call: Call, concurrency: number, durationMs: number): Promise<ThroughputRun> {
  const started = performance.now();
  const deadline = started + durationMs;
  let completed = 0;
  const client = async () => {
    while (performance.now() < deadline) {
      await timeRequest(call);
      completed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  return { requestsPerSecond: completed / seconds, completed };
}
