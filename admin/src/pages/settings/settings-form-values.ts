// The settings form's values and how they become the body of PUT /settings (SPEC §7.2). Checks here
// mirror the API's; only the API knows which time zone names exist, so that one is left to it.
import type { FieldErrors } from '../../api/http-client.ts';
import { billingModelSources, type Settings, type SettingsInput } from '../../api/settings-api.ts';
import { asInput, createFieldReader, isHttpUrl, type FormValues } from '../../forms/field-reader.ts';
import { t } from '../../i18n/i18n.ts';

export function settingsValues(settings: Settings | undefined): FormValues {
  return {
    timeZone: settings?.timeZone ?? '',
    enableAutoCleanup: settings?.enableAutoCleanup ?? false,
    cleanupRetentionDays: asInput(settings?.cleanupRetentionDays ?? 30),
    billingModelSource: settings?.billingModelSource ?? 'original',
    priceSyncUrl: settings?.priceSyncUrl ?? '',
    spendAlertThreshold: asInput(settings?.spendAlertThreshold ?? 0.8),
  };
}

export function readSettingsForm(values: FormValues): { input: SettingsInput; errors: FieldErrors } {
  const reader = createFieldReader(values);
  reader.textOrNull('timeZone');
  reader.flag('enableAutoCleanup');
  reader.number('cleanupRetentionDays', { min: 1, max: 3650, empty: undefined, whole: true });
  const source = reader.raw('billingModelSource');
  const known = billingModelSources.find((s) => s === source);
  reader.put('billingModelSource', known, known === undefined ? t('settings.billingModelSource.invalid') : undefined);
  const url = reader.raw('priceSyncUrl');
  reader.put('priceSyncUrl', url === '' ? null : url, url === '' || isHttpUrl(url) ? undefined : t('validate.url'));
  reader.number('spendAlertThreshold', { min: 0, max: 1, empty: undefined });
  return { input: reader.body as SettingsInput, errors: reader.errors };
}
