// A complete run's results for the tests of the pure parts, with every value overridable.
import type { BenchResults } from './bench-results.ts';
import { summarize } from './percentiles.ts';

export function sampleResults(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    startedAt: '2026-01-01T00:00:00.000Z',
    quick: true,
    concurrency: 64,
    environment: { node: 'v22.0.0', cpus: 2, workerd: '1.0.0', miniflare: '4.0.0' },
    targets: {
      direct: { latency: summarize([1, 1.2, 1.4]), ttfb: summarize([1]), firstEvent: summarize([1.1]), throughput: 3000 },
      bare: { latency: summarize([2, 2.2, 2.4]), ttfb: summarize([2]), firstEvent: summarize([2.1]), throughput: 2000, cpuPerRequestMs: 0.5 },
      gateway: { latency: summarize([2.5, 2.9, 6]), ttfb: summarize([2.6]), firstEvent: summarize([2.8]), throughput: 1800, cpuPerRequestMs: 1.2 },
    },
    converted: { bytes: 300, latency: summarize([3, 3.5]), cpuPerRequestMs: 1.8 },
    convertedLarge: { bytes: 204_800, latency: summarize([8, 9]), cpuPerRequestMs: 6 },
    gaps: { delayMs: 20, gaps: { direct: summarize([20, 20.1]), bare: summarize([20, 20.2]), gateway: summarize([20.1, 20.3]) }, collapsed: { direct: 0, bare: 0, gateway: 0 } },
    bigStream: { bytesExpected: 100_000_000, bytesReceived: 100_700_000, complete: true, seconds: 2, rssBeforeMb: 200, rssSamplesMb: [201, 205, 203] },
    samples: { direct: [1, 1.2, 1.4], bare: [2, 2.2, 2.4], gateway: [2.5, 2.9, 6] },
    notes: [],
    ...overrides,
  };
}
