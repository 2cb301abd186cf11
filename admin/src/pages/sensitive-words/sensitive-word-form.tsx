// The create/edit dialog of one sensitive-word rule.
import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldErrors } from '../../api/http-client.ts';
import { sensitiveWords, type SensitiveWord } from '../../api/sensitive-words-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { FormField } from '../../components/form-field.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { CheckboxInput, SelectInput, TextInput } from '../../forms/form-inputs.tsx';
import { submitForm } from '../../forms/submit-form.ts';
import { t } from '../../i18n/i18n.ts';
import { readSensitiveWordForm, sensitiveWordValues } from './sensitive-word-form-values.ts';

export interface SensitiveWordFormProps {
  word: SensitiveWord | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

export function SensitiveWordForm(props: SensitiveWordFormProps) {
  const editing = props.word;
  const [values, set] = createStore(sensitiveWordValues(editing));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const bound = { values, set };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const { input, errors: local } = readSensitiveWordForm(values);
    setBusy(true);
    const result = await submitForm(local, () => (editing === undefined ? sensitiveWords.create(input) : sensitiveWords.update(editing.id, input)));
    setBusy(false);
    setErrors(result.fieldErrors);
    setError(result.error);
    if (result.ok) props.onSaved();
  };

  return (
    <ModalDialog title={editing === undefined ? t('words.newTitle') : t('words.editTitle')} testId="word-form">
      <form onSubmit={submit} novalidate>
        <div class="form-grid">
          <FormField label={t('words.pattern')} name="pattern" errors={errors().pattern}>
            <TextInput name="pattern" {...bound} />
          </FormField>
          <FormField label={t('words.matchType')} name="matchType" errors={errors().matchType} hint={t(`words.matchType.${values.matchType === 'exact' || values.matchType === 'regex' ? values.matchType : 'contains'}.hint`)}>
            <SelectInput
              name="matchType"
              {...bound}
              options={[
                ['contains', t('words.matchType.contains')],
                ['exact', t('words.matchType.exact')],
                ['regex', t('words.matchType.regex')],
              ]}
            />
          </FormField>
          <FormField label={t('words.description')} name="description" errors={errors().description}>
            <TextInput name="description" {...bound} />
          </FormField>
          <FormField label={t('common.enabled')} name="enabled" errors={errors().enabled}>
            <CheckboxInput name="enabled" {...bound} />
          </FormField>
        </div>
        <ErrorNotice error={error()} />
        <div class="form-actions">
          <button type="button" class="button button--ghost" onClick={() => props.onCancel()}>{t('common.cancel')}</button>
          <button type="submit" class="button" disabled={busy()}>{t('common.save')}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
