// The shape of one benchmark run: what the measurements produce and what the table, the chart, the
// target checks and bench-results/*.json are made from.
import type { Summary } from './percentiles.ts';

/** A target the client calls: the mock itself, the bare pass-through worker, the gateway, a peer. */
export type TargetName = 'direct' | 'bare' | 'gateway' | 'peer';

export interface TargetRow {
  /** Same-format, non-streaming latency (ms), interleaved with the other targets. */
  latency: Summary;
  /** Streaming: time to the response headers and to the first content event (ms). */
  ttfb?: Summary;
  firstEvent?: Summary;
  /** Completed requests per second at the concurrency in `BenchResults.concurrency`. */
  throughput?: number;
  /** workerd process CPU time per same-format request (ms); not measured for the mock. */
  cpuPerRequestMs?: number;
}

export interface GapResult {
  /** The pause the upstream makes between events (ms). */
  delayMs: number;
  gaps: Partial<Record<TargetName, Summary>>;
  /** Share of gaps shorter than half the upstream's pause: events that arrived batched. */
  collapsed: Partial<Record<TargetName, number>>;
}

export interface ConvertedResult {
  /** Request body size in bytes. */
  bytes: number;
  latency: Summary;
  cpuPerRequestMs: number;
}

export interface BigStreamResult {
  /** Bytes of text the upstream's reply carries; the stream around it is a little larger. */
  bytesExpected: number;
  bytesReceived: number;
  /** All of the text arrived and the stream ended with its closing event. */
  complete: boolean;
  /** What arrived instead, when the stream was not whole. */
  problem?: string | undefined;
  seconds: number;
  /** workerd resident memory (MB) sampled through the stream, and before it started. */
  rssBeforeMb: number;
  rssSamplesMb: number[];
}

export interface BenchResults {
  startedAt: string;
  quick: boolean;
  concurrency: number;
  environment: { node: string; cpus: number; workerd: string; miniflare: string };
  targets: Partial<Record<TargetName, TargetRow>>;
  converted: ConvertedResult;
  convertedLarge: ConvertedResult;
  gaps: GapResult;
  bigStream: BigStreamResult;
  /** Raw same-format latencies (ms), for the chart. */
  samples: Partial<Record<TargetName, number[]>>;
  notes: string[];
}
