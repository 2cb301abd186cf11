// The dashboard: totals for a range, daily charts of requests, cost and tokens, and provider health
// (SPEC §7.3).
import { createResource, createSignal, For, Show } from 'solid-js';
import { stats } from '../../api/admin-api.ts';
import type { Overview, OverviewRange } from '../../api/wire-types.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { UsageChart } from '../../components/usage-chart.tsx';
import { formatNumber, formatUsd, t, type MessageKey } from '../../i18n/i18n.ts';
import { ProviderHealthPanel } from './provider-health-panel.tsx';
import { dailyArrays, rangeDays } from './series-of.ts';

const ranges: OverviewRange[] = ['1d', '7d', '30d', '90d'];

function Totals(props: { overview: Overview }) {
  const cards = (): Array<[MessageKey, string, string]> => {
    const { totals, activeSessions } = props.overview;
    return [
      ['dashboard.requests', formatNumber(totals.requests), 'requests'],
      ['dashboard.errorRate', `${formatNumber(totals.errorRate * 100, 1)}%`, 'error-rate'],
      ['dashboard.cost', formatUsd(totals.costUsd), 'cost'],
      ['dashboard.inputTokens', formatNumber(totals.inputTokens), 'input-tokens'],
      ['dashboard.outputTokens', formatNumber(totals.outputTokens), 'output-tokens'],
      ['dashboard.activeSessions', formatNumber(activeSessions), 'active-sessions'],
    ];
  };
  return (
    <div class="cards">
      <For each={cards()}>
        {([label, value, id]) => (
          <div class="card" data-testid={`total-${id}`}>
            <span class="card__label">{t(label)}</span>
            <span class="card__value">{value}</span>
          </div>
        )}
      </For>
    </div>
  );
}

function Charts(props: { overview: Overview }) {
  const data = () => dailyArrays(props.overview.series, rangeDays[props.overview.range], Date.now());
  return (
    <Show when={props.overview.series.length > 0} fallback={<p class="muted">{t('dashboard.noData')}</p>}>
      <div class="charts">
        <UsageChart testId="chart-requests" title={t('dashboard.chartRequests')} days={data().days}
          series={[{ label: t('dashboard.requests'), values: data().requests, color: '#2563eb' }, { label: t('dashboard.errors'), values: data().errors, color: '#dc2626' }]} />
        <UsageChart testId="chart-cost" title={t('dashboard.chartCost')} days={data().days}
          format={(v) => `$${formatUsd(v)}`} series={[{ label: t('dashboard.cost'), values: data().costUsd, color: '#16a34a' }]} />
        <UsageChart testId="chart-tokens" title={t('dashboard.chartTokens')} days={data().days}
          series={[{ label: t('dashboard.inputTokens'), values: data().inputTokens, color: '#7c3aed' }, { label: t('dashboard.outputTokens'), values: data().outputTokens, color: '#ea580c' }]} />
      </div>
    </Show>
  );
}

export function DashboardPage() {
  const [range, setRange] = createSignal<OverviewRange>('7d');
  const [overview] = createResource(range, (r) => stats.overview(r));
  return (
    <section class="page">
      <header class="page__header">
        <h1>{t('dashboard.title')}</h1>
        <div class="segmented" role="group" aria-label={t('dashboard.range')}>
          <For each={ranges}>
            {(r) => (
              <button type="button" classList={{ 'is-active': range() === r }} onClick={() => setRange(r)}>{r}</button>
            )}
          </For>
        </div>
      </header>
      <ErrorNotice error={overview.error} />
      <Show when={overview()} fallback={<p class="muted">{t('common.loading')}</p>}>
        {(loaded) => (
          <>
            <Totals overview={loaded()} />
            <Charts overview={loaded()} />
          </>
        )}
      </Show>
      <ProviderHealthPanel />
    </section>
  );
}
