// Draws a run as one self-contained SVG: the cumulative latency distribution of each target (same
// format, non-streaming) and workerd's memory through the big stream. No dependencies: plain markup.
import type { BenchResults, TargetName } from './bench-results.ts';
import { percentile } from './percentiles.ts';

export interface Series {
  name: string;
  color: string;
  /** [x, y] in data units. */
  points: [number, number][];
}

export interface Panel {
  title: string;
  xLabel: string;
  yLabel: string;
  xMax: number;
  yMax: number;
  series: Series[];
}

const colors: Record<TargetName, string> = { direct: '#7f7f7f', bare: '#1f77b4', gateway: '#d62728', peer: '#2ca02c' };
const width = 760;
const panelHeight = 300;
const margin = { left: 64, right: 150, top: 34, bottom: 46 };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const round = (value: number) => Math.round(value * 10) / 10;

/** Ticks at 1, 2 or 5 × 10^n, about `count` of them from 0 to max. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** Points of the empirical CDF (x = latency, y = percent at or below), thinned to at most `limit`. */
export function cdfPoints(samples: readonly number[], limit = 400): [number, number][] {
  const sorted = [...samples].sort((a, b) => a - b);
  const stride = Math.max(1, Math.ceil(sorted.length / limit));
  const points: [number, number][] = [];
  for (let i = 0; i < sorted.length; i += stride) points.push([sorted[i] as number, ((i + 1) / sorted.length) * 100]);
  const last = sorted.at(-1);
  if (last !== undefined && points.at(-1)?.[1] !== 100) points.push([last, 100]);
  return points;
}

export function renderPanel(panel: Panel, offsetY: number): string {
  const plotW = width - margin.left - margin.right;
  const plotH = panelHeight - margin.top - margin.bottom;
  const sx = (x: number) => margin.left + (Math.min(x, panel.xMax) / panel.xMax) * plotW;
  const sy = (y: number) => offsetY + margin.top + plotH - (Math.min(y, panel.yMax) / panel.yMax) * plotH;
  const parts: string[] = [
    `<text x="${margin.left}" y="${offsetY + 20}" font-size="14" font-weight="bold">${escapeXml(panel.title)}</text>`,
    `<rect x="${margin.left}" y="${offsetY + margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`,
  ];
  for (const t of niceTicks(panel.xMax)) {
    parts.push(`<line x1="${round(sx(t))}" y1="${offsetY + margin.top}" x2="${round(sx(t))}" y2="${offsetY + margin.top + plotH}" stroke="#eee"/>`);
    parts.push(`<text x="${round(sx(t))}" y="${offsetY + margin.top + plotH + 16}" font-size="11" text-anchor="middle">${t}</text>`);
  }
  for (const t of niceTicks(panel.yMax)) {
    parts.push(`<line x1="${margin.left}" y1="${round(sy(t))}" x2="${margin.left + plotW}" y2="${round(sy(t))}" stroke="#eee"/>`);
    parts.push(`<text x="${margin.left - 6}" y="${round(sy(t)) + 4}" font-size="11" text-anchor="end">${t}</text>`);
  }
  parts.push(`<text x="${margin.left + plotW / 2}" y="${offsetY + panelHeight - 8}" font-size="12" text-anchor="middle">${escapeXml(panel.xLabel)}</text>`);
  parts.push(
    `<text x="16" y="${offsetY + margin.top + plotH / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 16 ${offsetY + margin.top + plotH / 2})">${escapeXml(panel.yLabel)}</text>`,
  );
  panel.series.forEach((series, index) => {
    const d = series.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(sx(x))},${round(sy(y))}`).join(' ');
    parts.push(`<path d="${d}" fill="none" stroke="${series.color}" stroke-width="2"><title>${escapeXml(series.name)}</title></path>`);
    const ly = offsetY + margin.top + 10 + index * 18;
    parts.push(`<line x1="${width - margin.right + 12}" y1="${ly}" x2="${width - margin.right + 32}" y2="${ly}" stroke="${series.color}" stroke-width="3"/>`);
    parts.push(`<text x="${width - margin.right + 38}" y="${ly + 4}" font-size="12">${escapeXml(series.name)}</text>`);
  });
  return parts.join('\n');
}

export function latencyPanel(samples: BenchResults['samples']): Panel {
  const entries = (Object.entries(samples) as [TargetName, number[]][]).filter(([, values]) => values.length > 0);
  // Up to the slowest p99, so one outlier does not squash the rest of the chart.
  const xMax = Math.max(1, ...entries.map(([, values]) => percentile([...values].sort((a, b) => a - b), 99))) * 1.1;
  return {
    title: 'Same format, non-streaming: latency distribution',
    xLabel: 'latency (ms)',
    yLabel: 'requests at or below (%)',
    xMax: Number(xMax.toPrecision(2)),
    yMax: 100,
    series: entries.map(([name, values]) => ({ name, color: colors[name], points: cdfPoints(values) })),
  };
}

export function memoryPanel(big: BenchResults['bigStream'], intervalMs: number): Panel {
  const points = big.rssSamplesMb.map((mb, i): [number, number] => [(i * intervalMs) / 1000, mb]);
  const yMax = Math.max(big.rssBeforeMb, ...big.rssSamplesMb, 1) * 1.25;
  return {
    title: `workerd RSS through a ${Math.round(big.bytesExpected / 1_000_000)} MB stream`,
    xLabel: 'time (s)',
    yLabel: 'RSS (MB)',
    xMax: Math.max(1, points.at(-1)?.[0] ?? 1),
    yMax: Number(yMax.toPrecision(2)),
    series: [
      { name: 'RSS', color: colors.gateway, points },
      { name: 'before', color: colors.direct, points: [[0, big.rssBeforeMb], [Math.max(1, points.at(-1)?.[0] ?? 1), big.rssBeforeMb]] },
    ],
  };
}

export function renderChart(results: BenchResults, rssIntervalMs: number): string {
  const panels = [latencyPanel(results.samples), memoryPanel(results.bigStream, rssIntervalMs)];
  const height = panelHeight * panels.length;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...panels.map((panel, i) => renderPanel(panel, i * panelHeight)),
    '</svg>',
    '',
  ].join('\n');
}
