// The create/edit key dialog; a key's limits may not exceed its user's (the API says which).
import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { keys } from '../../api/admin-api.ts';
import type { FieldErrors } from '../../api/http-client.ts';
import type { ClientKey, CreatedKey } from '../../api/wire-types.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { FormField } from '../../components/form-field.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { CheckboxInput, TextInput } from '../../forms/form-inputs.tsx';
import { submitForm } from '../../forms/submit-form.ts';
import { t } from '../../i18n/i18n.ts';
import { LimitFields } from './limit-fields.tsx';
import { keyValues, readKeyForm } from './user-form-values.ts';

export interface KeyFormProps {
  userId: number;
  clientKey: ClientKey | undefined;
  /** Receives the created key (with its one-time `key`) or undefined after an edit. */
  onSaved: (created: CreatedKey | undefined) => void;
  onCancel: () => void;
}

export function KeyForm(props: KeyFormProps) {
  const editing = props.clientKey;
  const [values, set] = createStore(keyValues(editing));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const bound = { values, set };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const { input, errors: local } = readKeyForm(values);
    let created: CreatedKey | undefined;
    setBusy(true);
    const result = await submitForm(local, async () => {
      if (editing === undefined) created = await keys.create(props.userId, input);
      else await keys.update(editing.id, input);
    });
    setBusy(false);
    setErrors(result.fieldErrors);
    setError(result.error);
    if (result.ok) props.onSaved(created);
  };

  return (
    <ModalDialog title={editing === undefined ? t('keys.newTitle') : t('keys.editTitle', { name: editing.name })} wide testId="key-form">
      <form onSubmit={submit} novalidate>
        <fieldset class="form-section">
          <div class="form-grid">
            <FormField label={t('common.name')} name="name" errors={errors().name}>
              <TextInput name="name" {...bound} />
            </FormField>
            <FormField label={t('common.enabled')} name="enabled" errors={errors().enabled}>
              <CheckboxInput name="enabled" {...bound} />
            </FormField>
            <FormField label={t('users.expiresAt')} name="expiresAt" errors={errors().expiresAt}>
              <TextInput name="expiresAt" {...bound} type="datetime-local" />
            </FormField>
          </div>
        </fieldset>
        <LimitFields {...bound} errors={errors()} />
        <ErrorNotice error={error()} />
        <div class="form-actions">
          <button type="button" class="button button--ghost" onClick={() => props.onCancel()}>{t('common.cancel')}</button>
          <button type="submit" class="button" disabled={busy()}>{t('common.save')}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
