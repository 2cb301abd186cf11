// Sequential request timing: one request at a time, the targets taking turns in a rotating order so
// that drift in the machine's load affects all of them alike.
import type { TargetName } from './bench-results.ts';
import type { BenchRequest } from './bench-requests.ts';

export interface Call {
  name: TargetName;
  baseUrl: string;
  request: BenchRequest;
}

/** Milliseconds from sending the request to having read the whole body; a non-2xx answer throws. */
export async function timeRequest(call: Call): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${call.baseUrl}${call.request.path}`, call.request.init);
  const body = await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (!response.ok) {
    const text = new TextDecoder().decode(body).slice(0, 300);
    throw new Error(`${call.name} ${call.request.path} answered ${response.status}: ${text}`);
  }
  return elapsed;
}

/** Rotates the order each round: a, b, c; b, c, a; c, a, b; … */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const shift = round % Math.max(1, items.length);
  return [...items.slice(shift), ...items.slice(0, shift)];
}

export async function measureInterleaved(calls: Call[], rounds: number): Promise<Partial<Record<TargetName, number[]>>> {
  const samples: Partial<Record<TargetName, number[]>> = {};
  for (let round = 0; round < rounds; round++) {
    for (const call of roundOrder(calls, round)) {
      const elapsed = await timeRequest(call);
      (samples[call.name] ??= []).push(elapsed);
    }
  }
  return samples;
}

/** Runs `count` requests one after another and returns their latencies. */
export async function measureSequential(call: Call, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await timeRequest(call));
  return samples;
}
