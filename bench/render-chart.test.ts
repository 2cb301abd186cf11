import { describe, expect, it } from 'vitest';
import { cdfPoints, niceTicks, renderChart } from './render-chart.ts';
import { sampleResults } from './test-support.ts';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten from 0 past the maximum', () => {
    expect(niceTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0.9)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0)).toEqual([0]);
  });
});

describe('cdfPoints', () => {
  it('rises to 100 % at the slowest sample, in latency order', () => {
    expect(cdfPoints([3, 1, 2, 4])).toEqual([[1, 25], [2, 50], [3, 75], [4, 100]]);
  });

  it('thins long runs but keeps the last point', () => {
    const points = cdfPoints(Array.from({ length: 1000 }, (_, i) => i), 100);
    expect(points.length).toBeLessThanOrEqual(101);
    expect(points.at(-1)).toEqual([999, 100]);
  });
});

describe('renderChart', () => {
  it('draws one line per target and the memory panel in a standalone SVG', () => {
    const svg = renderChart(sampleResults(), 100);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    for (const name of ['direct', 'bare', 'gateway']) expect(svg).toContain(`<title>${name}</title>`);
    expect(svg).toContain('workerd RSS through a 100 MB stream');
    expect(svg).not.toMatch(/NaN|undefined/);
  });
});
