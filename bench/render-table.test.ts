import { describe, expect, it } from 'vitest';
import { evaluateTargets } from './evaluate-targets.ts';
import { formatColumns, renderReport, renderTargetTable } from './render-table.ts';
import { sampleResults } from './test-support.ts';

describe('formatColumns', () => {
  it('pads text columns on the right and numeric columns on the left', () => {
    const text = formatColumns(['name', 'ms'], [['a', '1.50'], ['longer', '12.00'], ['c', '-']]);
    expect(text.split('\n')).toEqual(['name       ms', '------  -----', 'a        1.50', 'longer  12.00', 'c           -']);
  });
});

describe('renderTargetTable', () => {
  it('has one row per target with p50/p90/p99, req/s and CPU per request', () => {
    const lines = renderTargetTable(sampleResults()).split('\n');
    expect(lines[0]).toMatch(/p50 ms\s+p90 ms\s+p99 ms\s+req\/s @64\s+CPU\/req ms/);
    expect(lines.slice(2).map((line) => line.split(/\s{2,}/))).toEqual([
      ['direct (mock)', '1.20', '1.40', '1.40', '3000', '-'],
      ['bare worker', '2.20', '2.40', '2.40', '2000', '0.500'],
      ['gateway', '2.90', '6.00', '6.00', '1800', '1.200'],
    ]);
  });
});

describe('renderReport', () => {
  it('ends with each target and its verdict', () => {
    const results = sampleResults();
    const gateway = results.targets.gateway;
    if (gateway === undefined) throw new Error('fixture has a gateway');
    results.targets.gateway = { ...gateway, cpuPerRequestMs: 3 };
    const report = renderReport(results, evaluateTargets(results));
    expect(report).toMatch(/CPU per request, same format\s+≤ 1\.5 ms\s+3\.00 ms\s+FAIL/);
    expect(report).toMatch(/throughput at 64 concurrent clients vs bare worker\s+≥ 80 %\s+90\.0 %\s+PASS/);
    expect(report).toContain('100 MB stream through the gateway: 100.7 MB in 2.00 s');
  });
});
