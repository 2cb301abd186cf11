// The request log: filters, newest first, more rows by cursor; a row opens its detail.
import { A, useSearchParams } from '@solidjs/router';
import { createSignal, For, onMount, Show } from 'solid-js';
import { logs, type LogFilters } from '../../api/admin-api.ts';
import type { LogRow } from '../../api/wire-types.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { formatDateTime, formatNumber, formatUsd, t } from '../../i18n/i18n.ts';
import { LogFilterBar } from './log-filters.tsx';
import { StatusBadge } from './status-badge.tsx';

export function LogsPage() {
  const [rows, setRows] = createSignal<LogRow[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  // `?sessionId=` opens the log filtered to one session (the sessions page links here).
  const [params] = useSearchParams<{ sessionId?: string }>();
  const initial: LogFilters = params.sessionId === undefined || params.sessionId === '' ? {} : { sessionId: params.sessionId };
  const [filters, setFilters] = createSignal<LogFilters>(initial);
  const [loading, setLoading] = createSignal(false);
  const [error, setError] = createSignal<unknown>();

  const load = async (after: string | undefined) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await logs.list(filters(), after);
      setRows((current) => (after === undefined ? page.logs : [...current, ...page.logs]));
      setCursor(page.nextCursor);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };
  onMount(() => void load(undefined));

  return (
    <section class="page">
      <header class="page__header"><h1>{t('logs.title')}</h1></header>
      <LogFilterBar
        initial={initial}
        onApply={(next) => {
          setFilters(next);
          void load(undefined);
        }}
      />
      <ErrorNotice error={error()} />
      <table class="table" data-testid="logs-table">
        <thead>
          <tr>
            <th>{t('logs.time')}</th>
            <th>{t('logs.status')}</th>
            <th>{t('logs.user')}</th>
            <th>{t('logs.endpoint')}</th>
            <th>{t('logs.model')}</th>
            <th>{t('logs.provider')}</th>
            <th>{t('logs.tokens')}</th>
            <th>{t('logs.cost')}</th>
            <th>{t('logs.duration')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows()} fallback={<tr><td colspan="9" class="table__empty">{loading() ? t('common.loading') : t('common.noRows')}</td></tr>}>
            {(row) => (
              <tr data-log-id={row.id}>
                <td><A href={`/logs/${row.id}`} data-testid="log-link">{formatDateTime(row.createdAt)}</A></td>
                <td><StatusBadge status={row.statusCode} /></td>
                <td data-testid="log-user">{row.userName === null ? t('common.none') : `${row.userName} / ${row.keyName ?? '—'}`}</td>
                <td><code>{row.endpoint}</code></td>
                <td>{row.modelRequested ?? t('common.none')}</td>
                <td>{row.providerChain.at(-1)?.providerName ?? t('common.none')}</td>
                <td>{formatNumber(row.inputTokens)} / {formatNumber(row.outputTokens)}</td>
                <td>{formatUsd(row.costUsd)}</td>
                <td>{row.durationMs === null ? t('common.none') : `${formatNumber(row.durationMs)} ms`}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div class="pager">
        <Show when={cursor()} fallback={<Show when={rows().length > 0}><span class="muted">{t('logs.end')}</span></Show>}>
          {(next) => (
            <button type="button" class="button" data-testid="load-more" disabled={loading()} onClick={() => void load(next())}>
              {t('logs.more')}
            </button>
          )}
        </Show>
      </div>
    </section>
  );
}
