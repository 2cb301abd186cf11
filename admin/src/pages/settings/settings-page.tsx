// System settings (SPEC §7.2): time zone, log cleanup, which model name bills a redirected request,
// the price sync URL and the spend alert threshold. One form, saved with PUT /settings.
import { createResource, createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldErrors } from '../../api/http-client.ts';
import { settings, type Settings } from '../../api/settings-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { FormField } from '../../components/form-field.tsx';
import { CheckboxInput, SelectInput, TextInput } from '../../forms/form-inputs.tsx';
import { submitForm } from '../../forms/submit-form.ts';
import { t } from '../../i18n/i18n.ts';
import { readSettingsForm, settingsValues } from './settings-form-values.ts';

function SettingsForm(props: { stored: Settings }) {
  const [values, set] = createStore(settingsValues(props.stored));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [error, setError] = createSignal<string>();
  const [saved, setSaved] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const bound = { values, set };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    const { input, errors: local } = readSettingsForm(values);
    setBusy(true);
    let fresh: Settings | undefined;
    const result = await submitForm(local, async () => {
      fresh = await settings.save(input);
    });
    setBusy(false);
    setErrors(result.fieldErrors);
    setError(result.error);
    if (result.ok && fresh !== undefined) {
      // The API stores a time zone under its canonical name; show what was stored.
      set(settingsValues(fresh));
      setSaved(true);
    }
  };

  return (
    <form onSubmit={submit} novalidate data-testid="settings-form" class="settings-form">
      <fieldset class="form-section">
        <div class="form-grid">
          <FormField label={t('settings.timeZone')} name="timeZone" errors={errors().timeZone} hint={t('settings.timeZoneHint')}>
            <TextInput name="timeZone" {...bound} placeholder="Asia/Shanghai" />
          </FormField>
          <FormField label={t('settings.billingModelSource')} name="billingModelSource" errors={errors().billingModelSource} hint={t('settings.billingModelSourceHint')}>
            <SelectInput
              name="billingModelSource"
              {...bound}
              options={[
                ['original', t('settings.billingModelSource.original')],
                ['redirected', t('settings.billingModelSource.redirected')],
              ]}
            />
          </FormField>
          <FormField label={t('settings.enableAutoCleanup')} name="enableAutoCleanup" errors={errors().enableAutoCleanup}>
            <CheckboxInput name="enableAutoCleanup" {...bound} />
          </FormField>
          <FormField label={t('settings.cleanupRetentionDays')} name="cleanupRetentionDays" errors={errors().cleanupRetentionDays} hint={t('settings.cleanupRetentionDaysHint')}>
            <TextInput name="cleanupRetentionDays" {...bound} inputMode="numeric" />
          </FormField>
          <FormField label={t('settings.priceSyncUrl')} name="priceSyncUrl" errors={errors().priceSyncUrl}>
            <TextInput name="priceSyncUrl" {...bound} type="url" placeholder="https://…" />
          </FormField>
          <FormField label={t('settings.spendAlertThreshold')} name="spendAlertThreshold" errors={errors().spendAlertThreshold} hint={t('settings.spendAlertThresholdHint')}>
            <TextInput name="spendAlertThreshold" {...bound} inputMode="decimal" />
          </FormField>
        </div>
      </fieldset>
      <ErrorNotice error={error()} />
      <Show when={saved()}>
        <p class="notice" role="status" data-testid="settings-saved">{t('settings.saved')}</p>
      </Show>
      <div class="form-actions">
        <button type="submit" class="button" disabled={busy()}>{t('common.save')}</button>
      </div>
    </form>
  );
}

export function SettingsPage() {
  const [stored] = createResource(() => settings.get());
  return (
    <section class="page">
      <header class="page__header">
        <h1>{t('settings.title')}</h1>
      </header>
      <ErrorNotice error={stored.error} />
      <Show when={stored()} fallback={<p class="muted">{stored.loading ? t('common.loading') : ''}</p>}>
        {(current) => <SettingsForm stored={current()} />}
      </Show>
    </section>
  );
}
