// A provider's form values (SPEC §4.2 fields with their defaults) and how they become the body of
// POST /providers or PATCH /providers/:id, checked with the API's own bounds.
import type { FieldErrors } from '../../api/http-client.ts';
import type { ProviderInput } from '../../api/admin-api.ts';
import type { ModelRedirect, Provider } from '../../api/wire-types.ts';
import { asInput, createFieldReader, isHttpUrl, type FieldReader, type FormValues } from '../../forms/field-reader.ts';
import { t } from '../../i18n/i18n.ts';

const numberRules = {
  weight: { min: 1, max: 100, empty: 1, whole: true },
  priority: { min: -1_000_000, max: 1_000_000, empty: 0, whole: true },
  costMultiplier: { min: 0, max: 1_000, empty: 1 },
  limitConcurrentSessions: { min: 0, max: 1_000_000, empty: 0, whole: true },
  limit5hUsd: { min: 0, max: 1_000_000_000, empty: null },
  dailyLimitUsd: { min: 0, max: 1_000_000_000, empty: null },
  limitWeeklyUsd: { min: 0, max: 1_000_000_000, empty: null },
  limitMonthlyUsd: { min: 0, max: 1_000_000_000, empty: null },
  circuitBreakerFailureThreshold: { min: 0, max: 1_000, empty: 5, whole: true },
  circuitBreakerOpenDuration: { min: 1_000, max: 86_400_000, empty: 1_800_000, whole: true },
  circuitBreakerHalfOpenSuccessThreshold: { min: 1, max: 100, empty: 2, whole: true },
  firstByteTimeout: { min: 1_000, max: 600_000, empty: 30_000, whole: true },
  idleTimeout: { min: 1_000, max: 600_000, empty: 60_000, whole: true },
  requestTimeout: { min: 1_000, max: 1_800_000, empty: 120_000, whole: true },
  maxRetryAttempts: { min: 0, max: 10, empty: null, whole: true },
} as const;

export type NumericProviderField = keyof typeof numberRules;
export const numericProviderFields = Object.keys(numberRules) as NumericProviderField[];

export function newProviderValues(): FormValues {
  const values: FormValues = { name: '', type: 'claude', baseUrl: '', apiKey: '', enabled: true, groupTag: '', allowedModels: '', modelRedirects: '', proxyUrl: '', proxyFallbackToDirect: false };
  for (const name of numericProviderFields) values[name] = asInput(numberRules[name].empty);
  return values;
}

export function providerValues(provider: Provider): FormValues {
  const values: FormValues = {
    name: provider.name,
    type: provider.type,
    baseUrl: provider.baseUrl,
    apiKey: '',
    enabled: provider.enabled,
    groupTag: provider.groupTag ?? '',
    allowedModels: provider.allowedModels.join('\n'),
    modelRedirects: provider.modelRedirects.map((r) => `${r.from} => ${r.to}`).join('\n'),
    proxyUrl: provider.proxyUrl ?? '',
    proxyFallbackToDirect: provider.proxyFallbackToDirect,
  };
  for (const name of numericProviderFields) values[name] = asInput(provider[name]);
  return values;
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** `from => to` per line; undefined when a line is not of that form. */
export function parseRedirects(text: string): ModelRedirect[] | undefined {
  const redirects: ModelRedirect[] = [];
  for (const line of lines(text)) {
    const [from, to, extra] = line.split('=>').map((part) => part.trim());
    if (!from || !to || extra !== undefined) return undefined;
    redirects.push({ from, to });
  }
  return redirects;
}

function proxyProblem(text: string): string | undefined {
  if (text === '') return undefined;
  return URL.canParse(text) && /^(https?|socks5):$/.test(new URL(text).protocol) ? undefined : t('validate.proxyUrl');
}

function readTextFields(reader: FieldReader, isNew: boolean): void {
  reader.text('name', true);
  reader.text('type', true);
  const baseUrl = reader.raw('baseUrl');
  reader.put('baseUrl', baseUrl, baseUrl === '' ? t('validate.required') : isHttpUrl(baseUrl) ? undefined : t('validate.url'));
  const apiKey = reader.raw('apiKey');
  if (apiKey !== '') reader.put('apiKey', apiKey);
  else if (isNew) reader.put('apiKey', undefined, t('validate.required'));
  reader.flag('enabled');
  reader.textOrNull('groupTag');
  reader.put('allowedModels', lines(reader.raw('allowedModels')));
  const redirects = parseRedirects(reader.raw('modelRedirects'));
  reader.put('modelRedirects', redirects, redirects === undefined ? t('validate.redirect') : undefined);
  const proxyUrl = reader.raw('proxyUrl');
  reader.put('proxyUrl', proxyUrl === '' ? null : proxyUrl, proxyProblem(proxyUrl));
  reader.flag('proxyFallbackToDirect');
}

export function readProviderForm(values: FormValues, isNew: boolean): { input: ProviderInput; errors: FieldErrors } {
  const reader = createFieldReader(values);
  readTextFields(reader, isNew);
  for (const name of numericProviderFields) reader.number(name, numberRules[name]);
  return { input: reader.body as ProviderInput, errors: reader.errors };
}
