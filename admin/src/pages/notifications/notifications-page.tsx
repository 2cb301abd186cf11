// Notifications (SPEC §7.3, §8.3): targets (WeCom, Feishu, DingTalk, Telegram, custom webhook) with a
// test button, and which events go to which targets.
import { createResource, createSignal, For, Show } from 'solid-js';
import { notifications, type NotificationTarget } from '../../api/notifications-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { createPageActions } from '../../components/page-actions.ts';
import { t } from '../../i18n/i18n.ts';
import { EventBindings } from './event-bindings.tsx';
import { TargetForm } from './target-form.tsx';
import { TestTargetButton } from './test-target.tsx';

function details(target: NotificationTarget): string {
  const c = target.config;
  const parts = [c.urlHint, c.chatId === undefined || c.chatId === null ? undefined : `chat ${c.chatId}`, c.hasSecret === true ? t('notifications.secretSet') : undefined];
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' · ');
}

export function NotificationsPage() {
  const [targets, { refetch: refetchTargets }] = createResource(() => notifications.targets());
  const [bindings, { refetch: refetchBindings }] = createResource(() => notifications.bindings());
  const [editing, setEditing] = createSignal<{ target: NotificationTarget | undefined }>();
  const reload = () => Promise.all([refetchTargets(), refetchBindings()]);
  const { error: actionError, run, confirmThenRun } = createPageActions(reload);
  const toggle = (target: NotificationTarget) => run(() => notifications.update(target.id, { enabled: !target.enabled }));
  const remove = (target: NotificationTarget) => confirmThenRun(t('common.confirmDelete', { name: target.name }), () => notifications.remove(target.id));

  return (
    <section class="page">
      <header class="page__header">
        <h1>{t('notifications.title')}</h1>
        <button type="button" class="button" data-testid="new-target" onClick={() => setEditing({ target: undefined })}>{t('notifications.new')}</button>
      </header>
      <p class="muted small">{t('notifications.intro')}</p>
      <ErrorNotice error={targets.error ?? bindings.error ?? actionError()} />
      <h2>{t('notifications.targets')}</h2>
      <table class="table" data-testid="targets-table">
        <thead>
          <tr>
            <th>{t('notifications.name')}</th>
            <th>{t('notifications.type')}</th>
            <th>{t('notifications.details')}</th>
            <th>{t('common.enabled')}</th>
            <th>{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={targets()} fallback={<tr><td colspan="5" class="table__empty">{targets.loading ? t('common.loading') : t('common.noRows')}</td></tr>}>
            {(target) => (
              <tr data-target={target.name} data-enabled={String(target.enabled)} classList={{ 'is-disabled': !target.enabled }}>
                <td>{target.name}</td>
                <td><span class="badge">{t(`notifications.type.${target.type}`)}</span></td>
                <td class="mono small">{details(target)}</td>
                <td>{target.enabled ? t('common.yes') : t('common.no')}</td>
                <td class="table__actions">
                  <TestTargetButton targetId={target.id} name={target.name} />
                  <button type="button" class="button button--small" onClick={() => setEditing({ target })}>{t('common.edit')}</button>
                  <button type="button" class="button button--small button--ghost" onClick={() => void toggle(target)}>{target.enabled ? t('notifications.disable') : t('notifications.enable')}</button>
                  <button type="button" class="button button--small button--danger" onClick={() => void remove(target)}>{t('common.delete')}</button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={targets() !== undefined && bindings() !== undefined}>
        <EventBindings targets={targets() ?? []} bindings={bindings() ?? []} />
      </Show>
      <Show when={editing()}>
        {(current) => (
          <TargetForm
            target={current().target}
            onCancel={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              void reload();
            }}
          />
        )}
      </Show>
    </section>
  );
}
