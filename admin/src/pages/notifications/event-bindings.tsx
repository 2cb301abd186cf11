// The events section: for each event, which targets it goes to (checkboxes), whether it is sent, and
// the local time of the daily leaderboard; saved together with PUT /notifications/bindings.
import { createEffect, createSignal, For, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { ApiError } from '../../api/http-client.ts';
import { notificationEvents, notifications, type Binding, type NotificationTarget } from '../../api/notifications-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { t } from '../../i18n/i18n.ts';

export function EventBindings(props: { targets: NotificationTarget[]; bindings: Binding[] }) {
  const [draft, setDraft] = createStore<Binding[]>([]);
  const [error, setError] = createSignal<unknown>();
  const [notice, setNotice] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  createEffect(() => {
    const known = new Map(props.bindings.map((b) => [b.event, b]));
    setDraft(reconcile(notificationEvents.map((event) => known.get(event) ?? { event, targetIds: [], enabled: true, options: event === 'daily_leaderboard' ? { time: '09:00' } : {} })));
  });

  const toggle = (index: number, targetId: number, on: boolean) =>
    setDraft(index, 'targetIds', (ids) => (on ? [...ids, targetId] : ids.filter((id) => id !== targetId)));

  const save = async () => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const saved = await notifications.saveBindings(draft.map((b) => ({ ...b, targetIds: [...b.targetIds], options: { ...b.options } })));
      setDraft(reconcile(saved));
      setNotice(t('notifications.bindingsSaved'));
    } catch (failure) {
      setError(failure instanceof ApiError && Object.keys(failure.fields).length > 0 ? `${failure.message}: ${Object.values(failure.fields).flat().join('; ')}` : failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" data-testid="event-bindings">
      <h2>{t('notifications.bindings')}</h2>
      <p class="muted small">{t('notifications.bindingsIntro')}</p>
      <Show when={props.targets.length > 0} fallback={<p class="muted">{t('notifications.noTargets')}</p>}>
        <For each={draft}>
          {(binding, index) => (
            <fieldset class="binding" data-event={binding.event}>
              <legend>{t(`notifications.event.${binding.event}`)}</legend>
              <label class="checkbox">
                <input type="checkbox" data-testid="event-enabled" checked={binding.enabled} onChange={(e) => setDraft(index(), 'enabled', e.currentTarget.checked)} />
                {t('notifications.eventEnabled')}
              </label>
              <For each={props.targets}>
                {(target) => (
                  <label class="checkbox">
                    <input
                      type="checkbox"
                      data-target-id={String(target.id)}
                      checked={binding.targetIds.includes(target.id)}
                      onChange={(e) => toggle(index(), target.id, e.currentTarget.checked)}
                    />
                    {target.name}
                  </label>
                )}
              </For>
              <Show when={binding.event === 'daily_leaderboard'}>
                <label class="field">
                  <span class="field__label">{t('notifications.leaderboardTime')}</span>
                  <input name="leaderboardTime" type="time" value={binding.options.time ?? '09:00'} onInput={(e) => setDraft(index(), 'options', { time: e.currentTarget.value })} />
                </label>
              </Show>
            </fieldset>
          )}
        </For>
        <ErrorNotice error={error()} />
        <Show when={notice()}>
          <p class="notice" role="status" data-testid="bindings-saved">{notice()}</p>
        </Show>
        <div class="form-actions">
          <button type="button" class="button" data-testid="save-bindings" disabled={busy()} onClick={() => void save()}>{t('notifications.saveBindings')}</button>
        </div>
      </Show>
    </section>
  );
}
