// Active sessions (SPEC §3.4, §7.3): sessions with a request within SESSION_TTL, who sends them, where
// they go and what they cost; each links to its requests in the log.
import { A } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { users } from '../../api/admin-api.ts';
import { activeSessions, type NamedRef } from '../../api/sessions-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { formatDateTime, formatNumber, formatUsd, t } from '../../i18n/i18n.ts';

const nameOf = (ref: NamedRef | null) => (ref === null ? '—' : (ref.name ?? `#${ref.id}`));

/** Long generated ids are cut in the table; the full id stays in the title and the link. */
const shortId = (id: string) => (id.length > 24 ? `${id.slice(0, 12)}…${id.slice(-8)}` : id);

export function SessionsPage() {
  const [userId, setUserId] = createSignal<number | undefined>();
  const [list, { refetch }] = createResource(() => ({ userId: userId() }), (q) => activeSessions.list(q.userId));
  const [userList] = createResource(() => users.list());

  return (
    <section class="page">
      <header class="page__header">
        <h1>{t('sessions.title')}</h1>
        <div class="filter-bar__actions">
          <label>
            {t('sessions.user')}{' '}
            <select data-testid="sessions-user" onChange={(e) => setUserId(/^\d+$/.test(e.currentTarget.value) ? Number(e.currentTarget.value) : undefined)}>
              <option value="">{t('sessions.allUsers')}</option>
              <For each={userList() ?? []}>{(u) => <option value={String(u.id)}>{u.name}</option>}</For>
            </select>
          </label>
          <button type="button" class="button button--ghost" data-testid="sessions-refresh" onClick={() => void refetch()}>{t('sessions.refresh')}</button>
        </div>
      </header>
      <ErrorNotice error={list.error} />
      <Show when={list()}>{(loaded) => <p class="muted">{t('sessions.hint', { seconds: loaded().ttlSeconds })}</p>}</Show>
      <table class="table" data-testid="sessions-table">
        <thead>
          <tr>
            <th>{t('sessions.session')}</th>
            <th>{t('sessions.user')}</th>
            <th>{t('sessions.key')}</th>
            <th>{t('sessions.provider')}</th>
            <th>{t('sessions.model')}</th>
            <th>{t('sessions.requests')}</th>
            <th>{t('sessions.tokens')}</th>
            <th>{t('sessions.cost')}</th>
            <th>{t('sessions.firstSeen')}</th>
            <th>{t('sessions.lastSeen')}</th>
          </tr>
        </thead>
        <tbody>
          <For
            each={list()?.sessions}
            fallback={<tr><td colspan="10" class="table__empty">{list.loading ? t('common.loading') : t('common.noRows')}</td></tr>}
          >
            {(s) => (
              <tr data-session={s.sessionId}>
                <td>
                  <code title={s.sessionId}>{shortId(s.sessionId)}</code>{' '}
                  <A href={`/logs?sessionId=${encodeURIComponent(s.sessionId)}`} class="small" data-testid="session-logs">{t('sessions.logs')}</A>
                </td>
                <td>{nameOf(s.user)}</td>
                <td>{nameOf(s.key)}</td>
                <td>{nameOf(s.provider)}</td>
                <td>{s.model ?? '—'}</td>
                <td data-testid="session-requests">{formatNumber(s.requests)}</td>
                <td>{formatNumber(s.inputTokens)} / {formatNumber(s.outputTokens)}</td>
                <td>{formatUsd(s.costUsd)}</td>
                <td>{formatDateTime(s.firstSeen)}</td>
                <td>{formatDateTime(s.lastSeen)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
