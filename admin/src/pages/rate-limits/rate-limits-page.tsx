// Rate-limit events (SPEC §7.3): requests refused by a limit over a range, by limit type and by user,
// with a chart of refusals over time.
import { createResource, createSignal, For, Show } from 'solid-js';
import { rateLimitStats, type RateLimitRange, type RateLimitStats } from '../../api/rate-limits-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { UsageChart } from '../../components/usage-chart.tsx';
import { formatDateTime, formatNumber, t } from '../../i18n/i18n.ts';
import { isKnownLimitType, limitChartData } from './limit-chart-data.ts';

const ranges: RateLimitRange[] = ['1d', '7d', '30d', '90d'];

export function limitLabel(limit: string): string {
  return isKnownLimitType(limit) ? t(`rateLimits.type.${limit}`) : limit;
}

function ByType(props: { stats: RateLimitStats }) {
  return (
    <table class="table" data-testid="rate-limits-by-type">
      <caption>{t('rateLimits.byType')}</caption>
      <thead>
        <tr><th>{t('rateLimits.limit')}</th><th>{t('rateLimits.count')}</th><th>{t('rateLimits.userCount')}</th><th>{t('rateLimits.lastAt')}</th></tr>
      </thead>
      <tbody>
        <For each={props.stats.byType}>
          {(row) => (
            <tr data-limit={row.limit}>
              <td>{limitLabel(row.limit)} <code class="muted small">{row.limit}</code></td>
              <td data-testid="limit-events">{formatNumber(row.events)}</td>
              <td>{formatNumber(row.users)}</td>
              <td>{formatDateTime(row.lastAt)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function ByUser(props: { stats: RateLimitStats }) {
  return (
    <table class="table" data-testid="rate-limits-by-user">
      <caption>{t('rateLimits.byUser')}</caption>
      <thead>
        <tr><th>{t('rateLimits.user')}</th><th>{t('rateLimits.count')}</th><th>{t('rateLimits.limit')}</th><th>{t('rateLimits.lastAt')}</th></tr>
      </thead>
      <tbody>
        <For each={props.stats.byUser}>
          {(row) => (
            <tr data-user={row.user?.name ?? ''}>
              <td>{row.user === null ? <span class="muted">{t('rateLimits.noUser')}</span> : (row.user.name ?? `#${row.user.id}`)}</td>
              <td>{formatNumber(row.events)}</td>
              <td>
                <For each={Object.entries(row.byType)}>
                  {([limit, events]) => <span class="badge badge--muted">{limitLabel(limit)}: {formatNumber(events)}</span>}
                </For>
              </td>
              <td>{formatDateTime(row.lastAt)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function Overview(props: { stats: RateLimitStats }) {
  const chart = () => limitChartData(props.stats.series);
  return (
    <>
      <div class="cards">
        <div class="card" data-testid="rate-limits-total"><span class="card__label">{t('rateLimits.events')}</span><span class="card__value">{formatNumber(props.stats.totals.events)}</span></div>
        <div class="card"><span class="card__label">{t('rateLimits.users')}</span><span class="card__value">{formatNumber(props.stats.totals.users)}</span></div>
      </div>
      <Show when={props.stats.totals.events > 0} fallback={<p class="muted" data-testid="rate-limits-empty">{t('rateLimits.empty')}</p>}>
        <UsageChart
          testId="rate-limits-chart"
          title={t('rateLimits.chart')}
          days={chart().x}
          series={chart().lines.map((line) => ({ label: limitLabel(line.limit), values: line.values, color: line.color }))}
        />
        <ByType stats={props.stats} />
        <ByUser stats={props.stats} />
      </Show>
    </>
  );
}

export function RateLimitsPage() {
  const [range, setRange] = createSignal<RateLimitRange>('1d');
  const [stats] = createResource(range, (r) => rateLimitStats.get(r));
  return (
    <section class="page">
      <header class="page__header">
        <h1>{t('rateLimits.title')}</h1>
        <div class="segmented" role="group" aria-label={t('rateLimits.range')}>
          <For each={ranges}>
            {(r) => <button type="button" classList={{ 'is-active': range() === r }} onClick={() => setRange(r)}>{r}</button>}
          </For>
        </div>
      </header>
      <ErrorNotice error={stats.error} />
      <Show when={stats()} fallback={<p class="muted">{t('common.loading')}</p>}>{(loaded) => <Overview stats={loaded()} />}</Show>
    </section>
  );
}
