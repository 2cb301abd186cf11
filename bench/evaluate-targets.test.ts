import { describe, expect, it } from 'vitest';
import { evaluateTargets } from './evaluate-targets.ts';
import { summarize } from './percentiles.ts';
import { sampleResults } from './test-support.ts';

const verdicts = (results: ReturnType<typeof sampleResults>) =>
  Object.fromEntries(evaluateTargets(results).map((check) => [check.id, check.pass]));

describe('evaluateTargets', () => {
  it('passes every §13 target when the gateway stays within the limits', () => {
    const checks = evaluateTargets(sampleResults());
    expect(checks.map((c) => c.id)).toEqual([
      'latency-p50',
      'latency-p99',
      'stream-ttfb',
      'stream-first-event',
      'stream-gaps',
      'cpu-same',
      'cpu-converted',
      'cpu-converted-large',
      'throughput',
      'big-stream',
    ]);
    expect(checks.filter((c) => !c.pass)).toEqual([]);
  });

  it('compares added latency with the bare worker, not with the mock', () => {
    const results = sampleResults();
    const bare = results.targets.bare;
    if (bare === undefined) throw new Error('fixture has a bare worker');
    results.targets.gateway = { ...results.targets.gateway, latency: summarize([3.3, 3.4, 3.5]) };
    // p50 3.4 against the bare worker's 2.2: 1.2 ms added, over the 1 ms limit.
    expect(verdicts(results)['latency-p50']).toBe(false);
    results.targets.bare = { ...bare, latency: summarize([2.5, 2.6, 2.7]) };
    expect(verdicts(results)['latency-p50']).toBe(true);
  });

  it('fails the CPU, throughput, gap and memory targets past their limits', () => {
    const results = sampleResults({
      converted: { bytes: 300, latency: summarize([3]), cpuPerRequestMs: 2.01 },
      convertedLarge: { bytes: 204_800, latency: summarize([9]), cpuPerRequestMs: 10.5 },
      gaps: { delayMs: 20, gaps: {}, collapsed: { gateway: 0.5 } },
      bigStream: { bytesExpected: 100_000_000, bytesReceived: 100_700_000, complete: true, seconds: 2, rssBeforeMb: 200, rssSamplesMb: [210, 260, 300] },
    });
    const gateway = results.targets.gateway;
    if (gateway === undefined) throw new Error('fixture has a gateway');
    results.targets.gateway = { ...gateway, cpuPerRequestMs: 1.6, throughput: 1500 };
    expect(verdicts(results)).toMatchObject({
      'cpu-same': false,
      'cpu-converted': false,
      'cpu-converted-large': false,
      'stream-gaps': false,
      throughput: false,
      'big-stream': false,
    });
  });

  it('fails a target whose measurement is missing instead of passing it', () => {
    const results = sampleResults({ bigStream: { bytesExpected: 100_000_000, bytesReceived: 10, complete: false, seconds: 0.1, rssBeforeMb: 200, rssSamplesMb: [] } });
    delete results.targets.bare;
    const checks = evaluateTargets(results);
    const byId = Object.fromEntries(checks.map((c) => [c.id, c]));
    expect(byId['latency-p50']).toMatchObject({ pass: false, measured: 'not measured' });
    expect(byId.throughput?.pass).toBe(false);
    expect(byId['big-stream']).toMatchObject({ pass: false, measured: 'not measured' });
  });
});
