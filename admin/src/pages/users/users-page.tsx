// Users: the list with their limits, create/edit in a dialog, delete, and a link to each user's keys.
import { A } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { users } from '../../api/admin-api.ts';
import type { User } from '../../api/wire-types.ts';
import { createPageActions } from '../../components/page-actions.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { formatDateTime, t } from '../../i18n/i18n.ts';
import { describeLimits } from './limit-values.ts';
import { UserForm } from './user-form.tsx';

export function UsersPage() {
  const [list, { refetch }] = createResource(() => users.list());
  const [editing, setEditing] = createSignal<{ user: User | undefined }>();

  const { error: actionError, notice, confirmThenRun: act } = createPageActions(refetch);
  const remove = (user: User) => act(t('common.confirmDelete', { name: user.name }), () => users.remove(user.id));
  const resetLimits = (user: User) =>
    act(t('limits.resetConfirm', { name: user.name }), () => users.resetLimits(user.id), t('limits.resetDone', { name: user.name }));

  return (
    <section class="page">
      <header class="page__header">
        <h1>{t('users.title')}</h1>
        <button type="button" class="button" data-testid="new-user" onClick={() => setEditing({ user: undefined })}>{t('users.new')}</button>
      </header>
      <ErrorNotice error={list.error ?? actionError()} />
      <Show when={notice()}>
        <p class="notice" role="status">{notice()}</p>
      </Show>
      <table class="table" data-testid="users-table">
        <thead>
          <tr>
            <th>{t('common.name')}</th>
            <th>{t('common.enabled')}</th>
            <th>{t('users.providerGroup')}</th>
            <th>{t('users.expiresAt')}</th>
            <th>{t('limits.summary')}</th>
            <th>{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={list()} fallback={<tr><td colspan="6" class="table__empty">{list.loading ? t('common.loading') : t('common.noRows')}</td></tr>}>
            {(user) => (
              <tr data-user={user.name}>
                <td>{user.name}<Show when={user.note}><div class="muted small">{user.note}</div></Show></td>
                <td>{user.enabled ? t('common.yes') : t('common.no')}</td>
                <td>{user.providerGroup ?? t('common.none')}</td>
                <td>{formatDateTime(user.expiresAt)}</td>
                <td class="small">{describeLimits(user)}</td>
                <td class="table__actions">
                  <A class="button button--small" href={`/users/${user.id}`} data-testid="user-keys-link">{t('users.keys')}</A>
                  <button type="button" class="button button--small" onClick={() => setEditing({ user })}>{t('common.edit')}</button>
                  <button type="button" class="button button--small button--ghost" data-testid="reset-limits" onClick={() => void resetLimits(user)}>{t('limits.reset')}</button>
                  <button type="button" class="button button--small button--danger" onClick={() => void remove(user)}>{t('common.delete')}</button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={editing()}>
        {(current) => (
          <UserForm
            user={current().user}
            onCancel={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              void refetch();
            }}
          />
        )}
      </Show>
    </section>
  );
}
