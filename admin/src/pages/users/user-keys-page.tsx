// One user's keys: list, create (the full key shown once), edit, delete; and where the user and each
// key stand against their limits.
import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { keys, users } from '../../api/admin-api.ts';
import { limitUsage } from '../../api/limit-usage-api.ts';
import type { ClientKey, CreatedKey } from '../../api/wire-types.ts';
import { createPageActions } from '../../components/page-actions.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { formatDateTime, t } from '../../i18n/i18n.ts';
import { KeyCreatedDialog } from './key-created-dialog.tsx';
import { KeyForm } from './key-form.tsx';
import { LimitUsagePanel } from './limit-usage.tsx';
import { describeLimits } from './limit-values.ts';

export function UserKeysPage() {
  const params = useParams<{ id: string }>();
  const userId = () => Number(params.id);
  const [user] = createResource(userId, (id) => users.get(id));
  const [list, { refetch }] = createResource(userId, (id) => keys.listOfUser(id));
  const [editing, setEditing] = createSignal<{ clientKey: ClientKey | undefined }>();
  const [created, setCreated] = createSignal<CreatedKey>();
  const [usageOpen, setUsageOpen] = createSignal<number>();

  const { error: actionError, notice, confirmThenRun: act } = createPageActions(refetch);
  const remove = (key: ClientKey) => act(t('common.confirmDelete', { name: key.name }), () => keys.remove(key.id));
  const resetLimits = (key: ClientKey) =>
    act(t('limits.resetConfirm', { name: key.name }), () => keys.resetLimits(key.id), t('limits.resetDone', { name: key.name }));

  return (
    <section class="page">
      <A href="/users" class="back-link">← {t('users.back')}</A>
      <header class="page__header">
        <h1>{t('users.keysOf', { name: user()?.name ?? '…' })}</h1>
        <button type="button" class="button" data-testid="new-key" onClick={() => setEditing({ clientKey: undefined })}>{t('keys.new')}</button>
      </header>
      <ErrorNotice error={user.error ?? list.error ?? actionError()} />
      <Show when={notice()}>
        <p class="notice" role="status">{notice()}</p>
      </Show>
      <LimitUsagePanel load={() => limitUsage.ofUser(userId())} reloadOn={() => list()} testId="user-usage" />
      <table class="table" data-testid="keys-table">
        <thead>
          <tr>
            <th>{t('common.name')}</th>
            <th>{t('keys.lastFour')}</th>
            <th>{t('common.enabled')}</th>
            <th>{t('users.expiresAt')}</th>
            <th>{t('keys.lastUsed')}</th>
            <th>{t('limits.summary')}</th>
            <th>{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={list()} fallback={<tr><td colspan="7" class="table__empty">{list.loading ? t('common.loading') : t('common.noRows')}</td></tr>}>
            {(key) => (
              <>
                <tr data-key={key.name}>
                  <td>{key.name}</td>
                  <td class="mono">cch_…{key.lastFour}</td>
                  <td>{key.enabled ? t('common.yes') : t('common.no')}</td>
                  <td>{formatDateTime(key.expiresAt)}</td>
                  <td>{formatDateTime(key.lastUsedAt)}</td>
                  <td class="small">{describeLimits(key)}</td>
                  <td class="table__actions">
                    <button type="button" class="button button--small" onClick={() => setEditing({ clientKey: key })}>{t('common.edit')}</button>
                    <button type="button" class="button button--small button--ghost" data-testid="reset-limits" onClick={() => void resetLimits(key)}>{t('limits.reset')}</button>
                    <button type="button" class="button button--small button--danger" onClick={() => void remove(key)}>{t('common.delete')}</button>
                    <button type="button" class="button button--small button--ghost" data-testid="toggle-key-usage" onClick={() => setUsageOpen(usageOpen() === key.id ? undefined : key.id)}>
                      {usageOpen() === key.id ? t('limitUsage.hide') : t('limitUsage.show')}
                    </button>
                  </td>
                </tr>
                <Show when={usageOpen() === key.id}>
                  <tr class="limit-usage-row" data-key-usage={key.name}>
                    <td colspan="7"><LimitUsagePanel load={() => limitUsage.ofKey(key.id)} reloadOn={() => list()} testId="key-usage" /></td>
                  </tr>
                </Show>
              </>
            )}
          </For>
        </tbody>
      </table>
      <Show when={editing()}>
        {(current) => (
          <KeyForm
            userId={userId()}
            clientKey={current().clientKey}
            onCancel={() => setEditing(undefined)}
            onSaved={(fresh) => {
              setEditing(undefined);
              setCreated(fresh);
              void refetch();
            }}
          />
        )}
      </Show>
      <Show when={created()}>{(fresh) => <KeyCreatedDialog created={fresh()} onClose={() => setCreated(undefined)} />}</Show>
    </section>
  );
}
