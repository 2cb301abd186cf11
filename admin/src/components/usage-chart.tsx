// A uPlot line chart of one or more daily (or hourly) series; redrawn when the data or the language changes.
import { createEffect, onCleanup, onMount } from 'solid-js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: number[];
  color: string;
}

export interface UsageChartProps {
  title: string;
  /** Bucket starts (days, or hours for a one-day range), seconds since the epoch (uPlot's time unit). */
  days: number[];
  series: ChartSeries[];
  /** How the y axis writes a value; whole numbers by default. */
  format?: (value: number) => string;
  testId?: string;
}

const halfDay = 43_200;

/** Half a bucket of room either side; half a day for a single point, so it does not stretch the axis over years. */
function padding(buckets: number[]): number {
  const [first, second] = buckets;
  return first !== undefined && second !== undefined ? (second - first) / 2 : halfDay;
}

const defaultFormat = (value: number) => (Number.isInteger(value) ? value.toLocaleString() : '');

export function UsageChart(props: UsageChartProps) {
  let host!: HTMLDivElement;
  let plot: uPlot | undefined;

  const draw = () => {
    plot?.destroy();
    const options: uPlot.Options = {
      width: Math.max(host.clientWidth, 280),
      height: 220,
      series: [{}, ...props.series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: true } }))],
      scales: { x: { time: true, range: (_u, min, max) => [min - padding(props.days), max + padding(props.days)] } },
      axes: [{}, { size: 80, values: (_u, splits) => splits.map((v) => (props.format ?? defaultFormat)(v)) }],
    };
    const data: uPlot.AlignedData = [props.days, ...props.series.map((s) => s.values)];
    plot = new uPlot(options, data, host);
  };

  onMount(() => {
    const observer = new ResizeObserver(() => plot?.setSize({ width: Math.max(host.clientWidth, 280), height: 220 }));
    observer.observe(host);
    onCleanup(() => observer.disconnect());
  });
  createEffect(draw);
  onCleanup(() => plot?.destroy());

  return (
    <figure class="chart" data-testid={props.testId}>
      <figcaption class="chart__title">{props.title}</figcaption>
      <div ref={host} class="chart__plot" />
    </figure>
  );
}
