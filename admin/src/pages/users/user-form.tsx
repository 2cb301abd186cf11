// The create/edit user dialog with the user's limits.
import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { users } from '../../api/admin-api.ts';
import type { FieldErrors } from '../../api/http-client.ts';
import type { User } from '../../api/wire-types.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { FormField } from '../../components/form-field.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { CheckboxInput, TextArea, TextInput } from '../../forms/form-inputs.tsx';
import { submitForm } from '../../forms/submit-form.ts';
import { t } from '../../i18n/i18n.ts';
import { LimitFields } from './limit-fields.tsx';
import { readUserForm, userValues } from './user-form-values.ts';

export interface UserFormProps {
  user: User | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

export function UserForm(props: UserFormProps) {
  const editing = props.user;
  const [values, set] = createStore(userValues(editing));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const bound = { values, set };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const { input, errors: local } = readUserForm(values);
    setBusy(true);
    const result = await submitForm(local, () => (editing === undefined ? users.create(input) : users.update(editing.id, input)));
    setBusy(false);
    setErrors(result.fieldErrors);
    setError(result.error);
    if (result.ok) props.onSaved();
  };

  return (
    <ModalDialog title={editing === undefined ? t('users.newTitle') : t('users.editTitle', { name: editing.name })} wide testId="user-form">
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
            <FormField label={t('users.providerGroup')} name="providerGroup" errors={errors().providerGroup} hint={t('users.providerGroupHint')}>
              <TextInput name="providerGroup" {...bound} />
            </FormField>
            <FormField label={t('users.note')} name="note" errors={errors().note}>
              <TextArea name="note" {...bound} rows={2} />
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
