// The create/edit dialog of one notification target: the fields of its type; secrets are write-only.
import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ApiError, type FieldErrors } from '../../api/http-client.ts';
import { notifications, targetTypes, type NotificationTarget, type TargetType } from '../../api/notifications-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { FormField } from '../../components/form-field.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { CheckboxInput, SelectInput, TextArea, TextInput } from '../../forms/form-inputs.tsx';
import { submitForm } from '../../forms/submit-form.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { fieldsOfType, readTargetForm, targetValues } from './target-form-values.ts';

export interface TargetFormProps {
  target: NotificationTarget | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

/** The API names config fields `config.<field>`; the form has one control per field. */
function byField(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(fields)) (out[path.replace(/^config\./, '').split('.')[0] ?? path] ??= []).push(...messages);
  return out;
}

const hints: Partial<Record<string, MessageKey>> = {
  apiBase: 'notifications.hint.apiBase',
  headers: 'notifications.hint.headers',
  bodyTemplate: 'notifications.hint.bodyTemplate',
  secret: 'notifications.hint.optionalSecret',
};

export function TargetForm(props: TargetFormProps) {
  const editing = props.target;
  const [values, set] = createStore(targetValues(editing));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const bound = { values, set };
  const type = () => (editing?.type ?? values.type) as TargetType;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const { input, errors: local } = readTargetForm(values, editing);
    setBusy(true);
    const result = await submitForm(local, async () => {
      try {
        return await (editing === undefined ? notifications.create(input) : notifications.update(editing.id, input));
      } catch (failure) {
        throw failure instanceof ApiError ? new ApiError(failure.status, failure.code, failure.message, byField(failure.fields)) : failure;
      }
    });
    setBusy(false);
    setErrors(result.fieldErrors);
    setError(result.error);
    if (result.ok) props.onSaved();
  };

  const storedSecret = (name: string) => editing !== undefined && (name !== 'secret' || editing.config.hasSecret === true);

  return (
    <ModalDialog title={editing === undefined ? t('notifications.newTitle') : t('notifications.editTitle')} testId="target-form" wide>
      <form onSubmit={submit} novalidate>
        <div class="form-grid">
          <FormField label={t('notifications.type')} name="type" errors={errors().type}>
            <Show when={editing === undefined} fallback={<span class="badge">{t(`notifications.type.${type()}`)}</span>}>
              <SelectInput name="type" {...bound} options={targetTypes.map((k) => [k, t(`notifications.type.${k}`)] as const)} />
            </Show>
          </FormField>
          <FormField label={t('notifications.name')} name="name" errors={errors().name}>
            <TextInput name="name" {...bound} />
          </FormField>
          <For each={fieldsOfType[type()]}>
            {(field) => (
              <FormField
                label={t(`notifications.field.${field.name}` as MessageKey)}
                name={field.name}
                errors={errors()[field.name]}
                hint={field.secret === true && storedSecret(field.name) ? t('notifications.keepSecret') : hints[field.name] === undefined ? undefined : t(hints[field.name] as MessageKey)}
              >
                {field.multiline === true ? <TextArea name={field.name} rows={4} {...bound} /> : <TextInput name={field.name} type={field.secret === true ? 'password' : 'text'} {...bound} />}
              </FormField>
            )}
          </For>
          <Show when={editing?.config.hasSecret === true}>
            <FormField label={t('notifications.removeSecret')} name="removeSecret">
              <CheckboxInput name="removeSecret" {...bound} />
            </FormField>
          </Show>
          <FormField label={t('common.enabled')} name="enabled" errors={errors().enabled}>
            <CheckboxInput name="enabled" {...bound} />
          </FormField>
        </div>
        <ErrorNotice error={error()} />
        <div class="form-actions">
          <button type="button" class="button button--ghost" onClick={() => props.onCancel()}>{t('common.cancel')}</button>
          <button type="submit" class="button" disabled={busy()} data-testid="save-target">{t('common.save')}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
