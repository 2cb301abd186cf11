// Shows a newly created key once, with a copy button and the warning that it cannot be shown again.
import { createSignal } from 'solid-js';
import type { CreatedKey } from '../../api/wire-types.ts';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { t } from '../../i18n/i18n.ts';

export function KeyCreatedDialog(props: { created: CreatedKey; onClose: () => void }) {
  const [copied, setCopied] = createSignal(false);
  let field!: HTMLInputElement;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.created.key);
    } catch {
      // Without clipboard permission (plain http off localhost) the selected text can still be copied by hand.
      field.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <ModalDialog title={t('keys.createdTitle')} testId="key-created">
      <p class="notice notice--warning" role="alert">{t('keys.createdWarning')}</p>
      <div class="copy-row">
        <input ref={field} class="mono" data-testid="created-key" readonly value={props.created.key} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" class="button" data-testid="copy-key" onClick={copy}>
          {copied() ? t('keys.copied') : t('keys.copy')}
        </button>
      </div>
      <div class="form-actions">
        <button type="button" class="button button--ghost" data-testid="close-created-key" onClick={() => props.onClose()}>{t('keys.done')}</button>
      </div>
    </ModalDialog>
  );
}
