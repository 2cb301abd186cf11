// Sensitive words (SPEC §7.2, §8.1): the rules the proxy checks user-authored text against. A request
// that matches an enabled rule is refused with 400 "Sensitive content detected".
import { createResource, createSignal, For, Show } from 'solid-js';
import { sensitiveWords, type SensitiveWord } from '../../api/sensitive-words-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { createPageActions } from '../../components/page-actions.ts';
import { formatDateTime, t } from '../../i18n/i18n.ts';
import { SensitiveWordForm } from './sensitive-word-form.tsx';

export function SensitiveWordsPage() {
  const [list, { refetch }] = createResource(() => sensitiveWords.list());
  const [editing, setEditing] = createSignal<{ word: SensitiveWord | undefined }>();

  const { error: actionError, notice, run, confirmThenRun } = createPageActions(refetch);
  const toggle = (word: SensitiveWord) => run(() => sensitiveWords.update(word.id, { enabled: !word.enabled }));
  const remove = (word: SensitiveWord) => confirmThenRun(t('common.confirmDelete', { name: word.pattern }), () => sensitiveWords.remove(word.id));

  return (
    <section class="page">
      <header class="page__header">
        <h1>{t('words.title')}</h1>
        <button type="button" class="button" data-testid="new-word" onClick={() => setEditing({ word: undefined })}>{t('words.new')}</button>
      </header>
      <p class="muted small">{t('words.intro')}</p>
      <ErrorNotice error={list.error ?? actionError()} />
      <Show when={notice()}>
        <p class="notice" role="status">{notice()}</p>
      </Show>
      <table class="table" data-testid="words-table">
        <thead>
          <tr>
            <th>{t('words.pattern')}</th>
            <th>{t('words.matchType')}</th>
            <th>{t('words.description')}</th>
            <th>{t('common.enabled')}</th>
            <th>{t('words.updatedAt')}</th>
            <th>{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={list()} fallback={<tr><td colspan="6" class="table__empty">{list.loading ? t('common.loading') : t('common.noRows')}</td></tr>}>
            {(word) => (
              <tr data-word={word.pattern} data-enabled={String(word.enabled)} classList={{ 'is-disabled': !word.enabled }}>
                <td class="mono">{word.pattern}</td>
                <td><span class="badge">{t(`words.matchType.${word.matchType}`)}</span></td>
                <td>{word.description ?? t('common.none')}</td>
                <td>{word.enabled ? t('common.yes') : t('common.no')}</td>
                <td>{formatDateTime(word.updatedAt)}</td>
                <td class="table__actions">
                  <button type="button" class="button button--small" onClick={() => setEditing({ word })}>{t('common.edit')}</button>
                  <button type="button" class="button button--small button--ghost" data-testid="toggle-word" onClick={() => void toggle(word)}>
                    {word.enabled ? t('words.disable') : t('words.enable')}
                  </button>
                  <button type="button" class="button button--small button--danger" onClick={() => void remove(word)}>{t('common.delete')}</button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={editing()}>
        {(current) => (
          <SensitiveWordForm
            word={current().word}
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
