// The benchmark's phases in order, against targets that are already running: warm-up, interleaved
// latency, streaming, gaps, CPU, throughput, the big stream. Returns the raw results.
import type { BenchOptions } from './bench-options.ts';
import type { BenchRequest } from './bench-requests.ts';
import { chatRequest, messagesRequest } from './bench-requests.ts';
import type { BenchResults, GapResult, TargetName, TargetRow } from './bench-results.ts';
import { measureBigStream } from './measure-big-stream.ts';
import { measureCpu } from './measure-cpu.ts';
import type { Call } from './measure-latency.ts';
import { measureInterleaved, measureSequential } from './measure-latency.ts';
import { measureStreams } from './measure-stream.ts';
import { measureThroughput } from './measure-throughput.ts';
import { summarize } from './percentiles.ts';
import { largeStreamModel } from './prepare-gateway.ts';
import { collapsedShare, gapsBetween } from './stream-events.ts';

export interface Endpoints {
  mockUrl: string;
  bareUrl: string;
  gatewayUrl: string;
  peerUrl: string | undefined;
  workerdPid: number;
  clientKey: string;
  largeStreamBytes: number;
}

const settleMs = 1500;
const gapModel = 'bench-gaps';
const gapPrompt = 'Describe, in a few short words each, the steps of reading a file, parsing it, checking every field and writing the result back to disk.';

function withHeaders(request: BenchRequest, extra: Record<string, string>): BenchRequest {
  return { path: request.path, init: { ...request.init, headers: { ...(request.init.headers as Record<string, string>), ...extra } } };
}

function peerHeaderMap(lines: string[], upstream: string): Record<string, string> {
  return Object.fromEntries(
    lines.map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim().replaceAll('{upstream}', upstream)];
    }),
  );
}

function callsFor(endpoints: Endpoints, request: BenchRequest, peerHeaders: Record<string, string>): Call[] {
  const calls: Call[] = [
    { name: 'direct', baseUrl: endpoints.mockUrl, request },
    { name: 'bare', baseUrl: endpoints.bareUrl, request },
    { name: 'gateway', baseUrl: endpoints.gatewayUrl, request },
  ];
  if (endpoints.peerUrl !== undefined) calls.push({ name: 'peer', baseUrl: endpoints.peerUrl, request: withHeaders(request, peerHeaders) });
  return calls;
}

async function scriptGaps(mockUrl: string, delayMs: number): Promise<void> {
  const response = await fetch(`${mockUrl}/__mock/scenarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ label: 'bench-gaps', match: { model: gapModel }, always: true, delayBetweenEventsMs: delayMs }),
  });
  if (!response.ok) throw new Error(`mock scenario refused: ${response.status} ${await response.text()}`);
}

async function measureGaps(endpoints: Endpoints, options: BenchOptions, peerHeaders: Record<string, string>): Promise<GapResult> {
  await scriptGaps(endpoints.mockUrl, options.gapDelayMs);
  const request = messagesRequest(endpoints.clientKey, { stream: true, model: gapModel, text: gapPrompt });
  const timings = await measureStreams(callsFor(endpoints, request, peerHeaders), options.gapStreams);
  const gaps: GapResult['gaps'] = {};
  const collapsed: GapResult['collapsed'] = {};
  for (const [name, runs] of Object.entries(timings) as [TargetName, { eventTimes: number[] }[]][]) {
    const all = runs.flatMap((run) => gapsBetween(run.eventTimes));
    gaps[name] = summarize(all);
    collapsed[name] = collapsedShare(all, options.gapDelayMs);
  }
  return { delayMs: options.gapDelayMs, gaps, collapsed };
}

interface CallSet {
  /** The same-format request to every target; the streaming one likewise. */
  same: Call[];
  stream: Call[];
  converted: Call;
  convertedLarge: Call;
  big: Call;
}

function planCalls(endpoints: Endpoints, options: BenchOptions): CallSet {
  const peerHeaders = peerHeaderMap(options.peerHeaders, endpoints.mockUrl);
  const key = endpoints.clientKey;
  const gateway = (request: BenchRequest): Call => ({ name: 'gateway', baseUrl: endpoints.gatewayUrl, request });
  return {
    same: callsFor(endpoints, messagesRequest(key), peerHeaders),
    stream: callsFor(endpoints, messagesRequest(key, { stream: true }), peerHeaders),
    converted: gateway(chatRequest(key)),
    convertedLarge: gateway(chatRequest(key, options.largeRequestBytes)),
    // A prompt of its own: the same conversation would stay bound to the provider that served it before.
    big: gateway(messagesRequest(key, { stream: true, model: largeStreamModel, text: 'Write the longest reply you can.' })),
  };
}

const bodyBytes = (call: Call) => Buffer.byteLength(String(call.request.init.body));

async function measureCpuPhase(pid: number, calls: CallSet, options: BenchOptions) {
  const perTarget: Partial<Record<TargetName, number>> = {};
  for (const call of calls.same.filter((c) => c.name !== 'direct')) {
    perTarget[call.name] = (await measureCpu(pid, options.cpuRequests, () => measureSequential(call, options.cpuRequests), settleMs)).cpuPerRequestMs;
  }
  const converted = await measureCpu(pid, options.cpuRequests, () => measureSequential(calls.converted, options.cpuRequests), settleMs);
  const large = await measureCpu(pid, options.cpuLargeRequests, () => measureSequential(calls.convertedLarge, options.cpuLargeRequests), settleMs);
  return { perTarget, converted, large };
}

async function measureThroughputPhase(calls: Call[], options: BenchOptions, log: (line: string) => void): Promise<Partial<Record<TargetName, number>>> {
  const throughput: Partial<Record<TargetName, number>> = {};
  for (const call of calls) {
    log(`throughput: ${call.name}, ${options.concurrency} concurrent clients for ${options.throughputMs / 1000} s`);
    throughput[call.name] = (await measureThroughput(call, options.concurrency, options.throughputMs)).requestsPerSecond;
  }
  return throughput;
}

export async function runMeasurements(endpoints: Endpoints, options: BenchOptions, log: (line: string) => void): Promise<Omit<BenchResults, 'startedAt' | 'environment'>> {
  const calls = planCalls(endpoints, options);
  log('warming up');
  await measureInterleaved(calls.same, 100);
  await measureSequential(calls.converted, 50);
  await measureSequential(calls.convertedLarge, 10);
  await measureStreams(calls.stream, 10);

  log(`same format, non-streaming: ${options.latencyRounds} interleaved rounds`);
  const samples = await measureInterleaved(calls.same, options.latencyRounds);
  log(`streaming: ${options.streamRounds} interleaved rounds`);
  const streams = await measureStreams(calls.stream, options.streamRounds);
  log(`streaming gaps: ${options.gapStreams} streams per target, upstream pausing ${options.gapDelayMs} ms`);
  const gaps = await measureGaps(endpoints, options, peerHeaderMap(options.peerHeaders, endpoints.mockUrl));
  log(`CPU: ${options.cpuRequests} requests per worker and converted, ${options.cpuLargeRequests} large converted`);
  const cpu = await measureCpuPhase(endpoints.workerdPid, calls, options);
  const throughput = await measureThroughputPhase(calls.same, options, log);
  log(`big stream: ${options.bigStreamBytes / 1_000_000} MB through the gateway`);
  const bigStream = await measureBigStream(calls.big, { pid: endpoints.workerdPid, bytesExpected: endpoints.largeStreamBytes, intervalMs: options.rssIntervalMs });

  const targets: Partial<Record<TargetName, TargetRow>> = {};
  for (const { name } of calls.same) {
    const runs = streams[name] ?? [];
    targets[name] = {
      latency: summarize(samples[name] ?? []),
      ttfb: summarize(runs.map((run) => run.ttfb)),
      firstEvent: summarize(runs.map((run) => run.firstContent)),
      throughput: throughput[name],
      cpuPerRequestMs: cpu.perTarget[name],
    };
  }
  return {
    quick: options.quick,
    concurrency: options.concurrency,
    targets,
    converted: { bytes: bodyBytes(calls.converted), latency: summarize(cpu.converted.value), cpuPerRequestMs: cpu.converted.cpuPerRequestMs },
    convertedLarge: { bytes: bodyBytes(calls.convertedLarge), latency: summarize(cpu.large.value), cpuPerRequestMs: cpu.large.cpuPerRequestMs },
    gaps,
    bigStream,
    samples,
    notes: [],
  };
}
