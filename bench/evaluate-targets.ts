// The SPEC §13 targets as checks over one run's results: each names what it compares, the limit and
// the measured value, and passes or fails. Missing measurements fail rather than pass silently.
import type { BenchResults } from './bench-results.ts';

export interface TargetCheck {
  id: string;
  label: string;
  limit: string;
  measured: string;
  pass: boolean;
}

/** Growth of workerd's memory over a 100 MB stream above which it is not "flat". */
export const flatMemoryLimitMb = 32;
/** At most this share of gaps may collapse (events batched) for gaps to count as preserved. */
export const batchedShareLimit = 0.1;

const ms = (value: number) => `${value.toFixed(2)} ms`;

function check(id: string, label: string, limit: string, measured: number, unit: (v: number) => string, ok: (v: number) => boolean): TargetCheck {
  const valid = Number.isFinite(measured);
  return { id, label, limit, measured: valid ? unit(measured) : 'not measured', pass: valid && ok(measured) };
}

function streamChecks(results: BenchResults): TargetCheck[] {
  const { gateway, bare } = results.targets;
  const addedTtfb = (gateway?.ttfb?.p50 ?? Number.NaN) - (bare?.ttfb?.p50 ?? Number.NaN);
  const addedFirst = (gateway?.firstEvent?.p50 ?? Number.NaN) - (bare?.firstEvent?.p50 ?? Number.NaN);
  const gaps = results.gaps;
  const gatewayGap = gaps.gaps.gateway?.p50 ?? Number.NaN;
  return [
    check('stream-ttfb', 'streaming: added time to first byte (p50)', '≤ 1 ms', addedTtfb, ms, (v) => v <= 1),
    check('stream-first-event', 'streaming: added time to first content event (p50)', '≤ 1 ms', addedFirst, ms, (v) => v <= 1),
    check(
      'stream-gaps',
      `streaming: gaps between events kept (upstream pauses ${gaps.delayMs} ms)`,
      `≤ ${batchedShareLimit * 100} % of gaps collapsed`,
      gaps.collapsed.gateway ?? Number.NaN,
      (v) => `${(v * 100).toFixed(1)} % collapsed, p50 gap ${ms(gatewayGap)}`,
      (v) => v <= batchedShareLimit,
    ),
  ];
}

function cpuChecks(results: BenchResults): TargetCheck[] {
  return [
    check('cpu-same', 'CPU per request, same format', '≤ 1.5 ms', results.targets.gateway?.cpuPerRequestMs ?? Number.NaN, ms, (v) => v <= 1.5),
    check('cpu-converted', 'CPU per request, converted', '≤ 2 ms', results.converted.cpuPerRequestMs, ms, (v) => v <= 2),
    check(
      'cpu-converted-large',
      `CPU per request, ${Math.round(results.convertedLarge.bytes / 1024)} KB converted`,
      '≤ 10 ms',
      results.convertedLarge.cpuPerRequestMs,
      ms,
      (v) => v <= 10,
    ),
  ];
}

function memoryCheck(results: BenchResults): TargetCheck {
  const big = results.bigStream;
  const growth = Math.max(...big.rssSamplesMb, big.rssBeforeMb) - big.rssBeforeMb;
  const mb = Math.round(big.bytesExpected / 1_000_000);
  return check(
    'big-stream',
    `${mb} MB stream passes with flat memory`,
    `all bytes, RSS growth ≤ ${flatMemoryLimitMb} MB`,
    big.complete ? growth : Number.NaN,
    (v) => `RSS +${v.toFixed(1)} MB`,
    (v) => v <= flatMemoryLimitMb,
  );
}

export function evaluateTargets(results: BenchResults): TargetCheck[] {
  const { gateway, bare } = results.targets;
  const addedP50 = (gateway?.latency.p50 ?? Number.NaN) - (bare?.latency.p50 ?? Number.NaN);
  const addedP99 = (gateway?.latency.p99 ?? Number.NaN) - (bare?.latency.p99 ?? Number.NaN);
  const ratio = (gateway?.throughput ?? Number.NaN) / (bare?.throughput ?? Number.NaN);
  return [
    check('latency-p50', 'same format, non-streaming: added p50', '≤ 1 ms', addedP50, ms, (v) => v <= 1),
    check('latency-p99', 'same format, non-streaming: added p99', '≤ 5 ms', addedP99, ms, (v) => v <= 5),
    ...streamChecks(results),
    ...cpuChecks(results),
    check(
      'throughput',
      `throughput at ${results.concurrency} concurrent clients vs bare worker`,
      '≥ 80 %',
      ratio,
      (v) => `${(v * 100).toFixed(1)} %`,
      (v) => v >= 0.8,
    ),
    memoryCheck(results),
  ];
}
