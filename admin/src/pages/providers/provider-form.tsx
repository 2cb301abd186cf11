// The create/edit provider dialog: checks fields before submitting and shows the API's answers.
import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { providers } from '../../api/admin-api.ts';
import type { FieldErrors } from '../../api/http-client.ts';
import type { Provider } from '../../api/wire-types.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { submitForm } from '../../forms/submit-form.ts';
import { t } from '../../i18n/i18n.ts';
import { BasicsSection, BreakerSection, LimitsSection, ProxySection, RoutingSection } from './provider-form-sections.tsx';
import { newProviderValues, providerValues, readProviderForm } from './provider-form-values.ts';

export interface ProviderFormProps {
  provider: Provider | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

export function ProviderForm(props: ProviderFormProps) {
  const editing = props.provider;
  const [values, set] = createStore(editing === undefined ? newProviderValues() : providerValues(editing));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const { input, errors: local } = readProviderForm(values, editing === undefined);
    setBusy(true);
    const result = await submitForm(local, () => (editing === undefined ? providers.create(input) : providers.update(editing.id, input)));
    setBusy(false);
    setErrors(result.fieldErrors);
    setError(result.error);
    if (result.ok) props.onSaved();
  };

  const sectionProps = () => ({ values, set, errors: errors(), isNew: editing === undefined });
  return (
    <ModalDialog title={editing === undefined ? t('providers.newTitle') : t('providers.editTitle', { name: editing.name })} wide testId="provider-form">
      <form onSubmit={submit} novalidate>
        <BasicsSection {...sectionProps()} />
        <RoutingSection {...sectionProps()} />
        <LimitsSection {...sectionProps()} />
        <BreakerSection {...sectionProps()} />
        <ProxySection {...sectionProps()} />
        <ErrorNotice error={error()} />
        <div class="form-actions">
          <button type="button" class="button button--ghost" onClick={() => props.onCancel()}>{t('common.cancel')}</button>
          <button type="submit" class="button" disabled={busy()}>{t('common.save')}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
