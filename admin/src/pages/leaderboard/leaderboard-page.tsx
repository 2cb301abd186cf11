// The leaderboard: who or what spent most in the period, by user, key, provider or model.
import { createResource, createSignal, For } from 'solid-js';
import { stats } from '../../api/admin-api.ts';
import type { LeaderboardDimension, LeaderboardPeriod } from '../../api/wire-types.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { formatNumber, formatUsd, t } from '../../i18n/i18n.ts';

const periods: LeaderboardPeriod[] = ['daily', 'weekly', 'monthly'];
const dimensions: LeaderboardDimension[] = ['user', 'key', 'provider', 'model'];

export function LeaderboardPage() {
  const [period, setPeriod] = createSignal<LeaderboardPeriod>('daily');
  const [by, setBy] = createSignal<LeaderboardDimension>('user');
  const [board] = createResource(() => [period(), by()] as const, ([p, d]) => stats.leaderboard(p, d));
  return (
    <section class="page">
      <header class="page__header">
        <h1>{t('leaderboard.title')}</h1>
        <div class="segmented" role="group" aria-label={t('leaderboard.period')}>
          <For each={periods}>
            {(p) => <button type="button" classList={{ 'is-active': period() === p }} onClick={() => setPeriod(p)}>{t(`leaderboard.period.${p}`)}</button>}
          </For>
        </div>
        <div class="segmented" role="group" aria-label={t('leaderboard.by')}>
          <For each={dimensions}>
            {(d) => <button type="button" classList={{ 'is-active': by() === d }} onClick={() => setBy(d)}>{t(`leaderboard.by.${d}`)}</button>}
          </For>
        </div>
      </header>
      <ErrorNotice error={board.error} />
      <table class="table" data-testid="leaderboard-table">
        <thead>
          <tr>
            <th>{t('leaderboard.rank')}</th>
            <th>{t(`leaderboard.by.${by()}`)}</th>
            <th>{t('dashboard.requests')}</th>
            <th>{t('dashboard.inputTokens')}</th>
            <th>{t('dashboard.outputTokens')}</th>
            <th>{t('dashboard.cost')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={board()?.entries} fallback={<tr><td colspan="6" class="table__empty">{board.loading ? t('common.loading') : t('common.noRows')}</td></tr>}>
            {(entry, index) => (
              <tr data-testid="leaderboard-row">
                <td>{index() + 1}</td>
                <td>{entry.name ?? String(entry.id ?? t('common.none'))}</td>
                <td>{formatNumber(entry.requests)}</td>
                <td>{formatNumber(entry.inputTokens)}</td>
                <td>{formatNumber(entry.outputTokens)}</td>
                <td>{formatUsd(entry.costUsd)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
