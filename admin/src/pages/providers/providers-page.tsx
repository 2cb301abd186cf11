// Providers: the list with each breaker's state, create/edit in a dialog, delete, reset a breaker.
import { createResource, createSignal, For, Show } from 'solid-js';
import { providers } from '../../api/admin-api.ts';
import type { Provider } from '../../api/wire-types.ts';
import { createPageActions } from '../../components/page-actions.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { t } from '../../i18n/i18n.ts';
import { BreakerState } from './breaker-state.tsx';
import { ProviderForm } from './provider-form.tsx';
import { TestConnectionButton } from './test-connection.tsx';

type Editing = { provider: Provider | undefined } | undefined;

export function ProvidersPage() {
  const [list, { refetch }] = createResource(() => providers.list());
  const [health, { refetch: refetchHealth }] = createResource(() => providers.health());
  const [editing, setEditing] = createSignal<Editing>();

  const healthOf = (id: number) => health()?.find((h) => h.id === id);
  const { error: actionError, notice, run, confirmThenRun } = createPageActions(() => Promise.all([refetch(), refetchHealth()]));
  const remove = (p: Provider) => void confirmThenRun(t('common.confirmDelete', { name: p.name }), () => providers.remove(p.id));
  const reset = (p: Provider) => void run(() => providers.resetCircuit(p.id), t('providers.resetDone', { name: p.name }));

  return (
    <section class="page">
      <header class="page__header">
        <h1>{t('providers.title')}</h1>
        <button type="button" class="button" data-testid="new-provider" onClick={() => setEditing({ provider: undefined })}>
          {t('providers.new')}
        </button>
      </header>
      <ErrorNotice error={list.error ?? actionError()} />
      <Show when={notice()}>
        <p class="notice" role="status">{notice()}</p>
      </Show>
      <Show when={health.state === 'ready' && health() === undefined}>
        <p class="notice notice--muted">{t('providers.healthMissing')}</p>
      </Show>
      <table class="table" data-testid="providers-table">
        <thead>
          <tr>
            <th>{t('common.name')}</th>
            <th>{t('providers.type')}</th>
            <th>{t('common.enabled')}</th>
            <th>{t('providers.priority')}</th>
            <th>{t('providers.weight')}</th>
            <th>{t('providers.group')}</th>
            <th>{t('providers.breaker')}</th>
            <th>{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={list()} fallback={<tr><td colspan="8" class="table__empty">{list.loading ? t('common.loading') : t('common.noRows')}</td></tr>}>
            {(p) => (
              <tr data-provider={p.name}>
                <td>{p.name}<div class="muted small">{p.baseUrl}</div></td>
                <td><code>{p.type}</code></td>
                <td>{p.enabled ? t('common.yes') : t('common.no')}</td>
                <td>{p.priority}</td>
                <td>{p.weight}</td>
                <td>{p.groupTag ?? t('common.none')}</td>
                <td><BreakerState health={healthOf(p.id)} onReset={() => reset(p)} /></td>
                <td class="table__actions">
                  <button type="button" class="button button--small" onClick={() => setEditing({ provider: p })}>{t('common.edit')}</button>
                  <TestConnectionButton providerId={p.id} providerName={p.name} />
                  <button type="button" class="button button--small button--danger" onClick={() => remove(p)}>{t('common.delete')}</button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={editing()}>
        {(current) => (
          <ProviderForm
            provider={current().provider}
            onCancel={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              void Promise.all([refetch(), refetchHealth()]);
            }}
          />
        )}
      </Show>
    </section>
  );
}
