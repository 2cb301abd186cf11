// Renders a run as plain-text tables for the terminal: one row per target, the converted and streaming
// measurements, then each §13 target with PASS or FAIL.
import type { BenchResults, TargetName } from './bench-results.ts';
import type { TargetCheck } from './evaluate-targets.ts';
import type { Summary } from './percentiles.ts';

const targetLabels: Record<TargetName, string> = {
  direct: 'direct (mock)',
  bare: 'bare worker',
  gateway: 'gateway',
  peer: 'peer gateway',
};

const order: TargetName[] = ['direct', 'bare', 'gateway', 'peer'];

/** Lays out rows under a header, each column as wide as its widest cell; numeric columns align right. */
export function formatColumns(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => /^(-?\d+(\.\d+)?|-)$/.test(row[i] ?? '')));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const fixed = (value: number | undefined, digits = 2) =>
  value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits);

function summaryCells(summary: Summary | undefined): string[] {
  return [fixed(summary?.p50), fixed(summary?.p90), fixed(summary?.p99)];
}

export function renderTargetTable(results: BenchResults): string {
  const rows = order.flatMap((name) => {
    const row = results.targets[name];
    if (row === undefined) return [];
    return [[targetLabels[name], ...summaryCells(row.latency), fixed(row.throughput, 0), fixed(row.cpuPerRequestMs, 3)]];
  });
  return formatColumns(['same format, non-streaming', 'p50 ms', 'p90 ms', 'p99 ms', `req/s @${results.concurrency}`, 'CPU/req ms'], rows);
}

export function renderDetailTable(results: BenchResults): string {
  const rows: string[][] = [];
  for (const name of order) {
    const row = results.targets[name];
    if (row?.ttfb !== undefined) rows.push([`stream TTFB, ${targetLabels[name]}`, ...summaryCells(row.ttfb), '-']);
    if (row?.firstEvent !== undefined) rows.push([`stream first content event, ${targetLabels[name]}`, ...summaryCells(row.firstEvent), '-']);
  }
  for (const name of order) {
    const gap = results.gaps.gaps[name];
    const collapsed = results.gaps.collapsed[name];
    const share = collapsed === undefined ? '' : `, ${(collapsed * 100).toFixed(1)} % collapsed`;
    if (gap !== undefined) rows.push([`stream gap (upstream ${results.gaps.delayMs} ms${share}), ${targetLabels[name]}`, ...summaryCells(gap), '-']);
  }
  const { converted, convertedLarge } = results;
  rows.push(['gateway converted (chat → messages)', ...summaryCells(converted.latency), fixed(converted.cpuPerRequestMs, 3)]);
  rows.push([`gateway converted, ${Math.round(convertedLarge.bytes / 1024)} KB body`, ...summaryCells(convertedLarge.latency), fixed(convertedLarge.cpuPerRequestMs, 3)]);
  return formatColumns(['measurement', 'p50 ms', 'p90 ms', 'p99 ms', 'CPU/req ms'], rows);
}

export function renderChecks(checks: TargetCheck[]): string {
  const rows = checks.map((c) => [c.label, c.limit, c.measured, c.pass ? 'PASS' : 'FAIL']);
  return formatColumns(['§13 target', 'limit', 'measured', 'result'], rows);
}

export function renderReport(results: BenchResults, checks: TargetCheck[]): string {
  const big = results.bigStream;
  const mbps = big.seconds > 0 ? big.bytesReceived / 1_000_000 / big.seconds : Number.NaN;
  const peak = Math.max(big.rssBeforeMb, ...big.rssSamplesMb);
  return [
    renderTargetTable(results),
    '',
    renderDetailTable(results),
    '',
    `${(big.bytesExpected / 1_000_000).toFixed(0)} MB stream through the gateway: ${(big.bytesReceived / 1_000_000).toFixed(1)} MB in ${fixed(big.seconds)} s (${fixed(mbps, 0)} MB/s); workerd RSS ${fixed(big.rssBeforeMb, 1)} MB before, peak ${fixed(peak, 1)} MB`,
    ...(big.problem === undefined ? [] : [`big stream problem: ${big.problem}`]),
    '',
    renderChecks(checks),
    ...results.notes.map((note) => `note: ${note}`),
  ].join('\n');
}
