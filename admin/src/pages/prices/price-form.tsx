// The create/edit price dialog. Saving a shipped price creates the admin's own row for that model.
import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldErrors } from '../../api/http-client.ts';
import { priceVendors, prices, type Price } from '../../api/prices-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { FormField } from '../../components/form-field.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { SelectInput, TextInput } from '../../forms/form-inputs.tsx';
import { submitForm } from '../../forms/submit-form.ts';
import { t } from '../../i18n/i18n.ts';
import { cachePriceNames, priceValues, priceWriteOf, readPriceForm, requiredPriceNames } from './price-form-values.ts';

export interface PriceFormProps {
  price: Price | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

export function PriceForm(props: PriceFormProps) {
  const editing = props.price;
  const write = priceWriteOf(editing);
  const [values, set] = createStore(priceValues(editing));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const bound = { values, set };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const { input, errors: local } = readPriceForm(values);
    setBusy(true);
    const result = await submitForm(local, () => (write.method === 'create' ? prices.create(input) : prices.update(write.id, input)));
    setBusy(false);
    setErrors(result.fieldErrors);
    setError(result.error);
    if (result.ok) props.onSaved();
  };

  const title = editing === undefined ? t('prices.newTitle') : t('prices.editTitle', { model: editing.model });
  return (
    <ModalDialog title={title} wide testId="price-form">
      <form onSubmit={submit} novalidate>
        {editing?.source === 'shipped' ? <p class="notice notice--muted">{t('prices.overrideHint')}</p> : null}
        <div class="form-grid">
          <FormField label={t('prices.model')} name="model" errors={errors().model}>
            <TextInput name="model" {...bound} />
          </FormField>
          <FormField label={t('prices.vendor')} name="vendor" errors={errors().vendor}>
            <SelectInput name="vendor" {...bound} options={[['', t('common.none')], ...priceVendors.map((v) => [v, v] as const)]} />
          </FormField>
          {requiredPriceNames.map((name) => (
            <FormField label={t(`prices.${name}`)} name={name} errors={errors()[name]} hint={t('prices.perMTokHint')}>
              <TextInput name={name} {...bound} inputMode="decimal" />
            </FormField>
          ))}
          {cachePriceNames.map((name) => (
            <FormField label={t(`prices.${name}`)} name={name} errors={errors()[name]} hint={t('prices.cacheDefaultHint')}>
              <TextInput name={name} {...bound} inputMode="decimal" />
            </FormField>
          ))}
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
