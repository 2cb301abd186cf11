// The inputs of the provider form, grouped as SPEC §4.2 lists them.
import type { SetStoreFunction } from 'solid-js/store';
import type { FieldErrors } from '../../api/http-client.ts';
import { providerTypes } from '../../api/wire-types.ts';
import { FormField } from '../../components/form-field.tsx';
import type { FormValues } from '../../forms/field-reader.ts';
import { CheckboxInput, SelectInput, TextArea, TextInput } from '../../forms/form-inputs.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';

export interface SectionProps {
  values: FormValues;
  set: SetStoreFunction<FormValues>;
  errors: FieldErrors;
  isNew: boolean;
}

function NumberField(props: SectionProps & { name: string; label: MessageKey; hint?: MessageKey }) {
  return (
    <FormField label={t(props.label)} name={props.name} errors={props.errors[props.name]} hint={props.hint && t(props.hint)}>
      <TextInput name={props.name} values={props.values} set={props.set} inputMode="decimal" />
    </FormField>
  );
}

export function BasicsSection(props: SectionProps) {
  const bound = { values: props.values, set: props.set };
  return (
    <fieldset class="form-section">
      <legend>{t('providers.sectionBasics')}</legend>
      <div class="form-grid">
        <FormField label={t('common.name')} name="name" errors={props.errors.name}>
          <TextInput name="name" {...bound} />
        </FormField>
        <FormField label={t('providers.type')} name="type" errors={props.errors.type}>
          <SelectInput name="type" {...bound} options={providerTypes.map((type) => [type, type] as const)} />
        </FormField>
        <FormField label={t('providers.baseUrl')} name="baseUrl" errors={props.errors.baseUrl}>
          <TextInput name="baseUrl" {...bound} type="url" placeholder="https://api.anthropic.com" />
        </FormField>
        <FormField label={t('providers.apiKey')} name="apiKey" errors={props.errors.apiKey} hint={props.isNew ? undefined : t('providers.apiKeyKeep')}>
          <TextInput name="apiKey" {...bound} type="password" />
        </FormField>
        <FormField label={t('common.enabled')} name="enabled" errors={props.errors.enabled}>
          <CheckboxInput name="enabled" {...bound} />
        </FormField>
      </div>
    </fieldset>
  );
}

export function RoutingSection(props: SectionProps) {
  const bound = { values: props.values, set: props.set };
  return (
    <fieldset class="form-section">
      <legend>{t('providers.sectionRouting')}</legend>
      <div class="form-grid">
        <NumberField {...props} name="priority" label="providers.priority" />
        <NumberField {...props} name="weight" label="providers.weight" />
        <NumberField {...props} name="costMultiplier" label="providers.costMultiplier" />
        <FormField label={t('providers.group')} name="groupTag" errors={props.errors.groupTag} hint={t('providers.groupHint')}>
          <TextInput name="groupTag" {...bound} />
        </FormField>
        <FormField label={t('providers.allowedModels')} name="allowedModels" errors={props.errors.allowedModels} hint={t('providers.allowedModelsHint')}>
          <TextArea name="allowedModels" {...bound} />
        </FormField>
        <FormField label={t('providers.modelRedirects')} name="modelRedirects" errors={props.errors.modelRedirects} hint={t('providers.modelRedirectsHint')}>
          <TextArea name="modelRedirects" {...bound} />
        </FormField>
      </div>
    </fieldset>
  );
}

export function LimitsSection(props: SectionProps) {
  return (
    <fieldset class="form-section">
      <legend>{t('providers.sectionLimits')}</legend>
      <div class="form-grid">
        <NumberField {...props} name="limitConcurrentSessions" label="providers.limitConcurrentSessions" hint="common.unlimitedHint" />
        <NumberField {...props} name="limit5hUsd" label="providers.limit5hUsd" hint="common.unlimitedHint" />
        <NumberField {...props} name="dailyLimitUsd" label="providers.dailyLimitUsd" hint="common.unlimitedHint" />
        <NumberField {...props} name="limitWeeklyUsd" label="providers.limitWeeklyUsd" hint="common.unlimitedHint" />
        <NumberField {...props} name="limitMonthlyUsd" label="providers.limitMonthlyUsd" hint="common.unlimitedHint" />
      </div>
    </fieldset>
  );
}

export function BreakerSection(props: SectionProps) {
  return (
    <fieldset class="form-section">
      <legend>{t('providers.sectionBreaker')}</legend>
      <div class="form-grid">
        <NumberField {...props} name="circuitBreakerFailureThreshold" label="providers.breakerThreshold" />
        <NumberField {...props} name="circuitBreakerOpenDuration" label="providers.breakerOpenDuration" />
        <NumberField {...props} name="circuitBreakerHalfOpenSuccessThreshold" label="providers.breakerHalfOpen" />
        <NumberField {...props} name="firstByteTimeout" label="providers.firstByteTimeout" />
        <NumberField {...props} name="idleTimeout" label="providers.idleTimeout" />
        <NumberField {...props} name="requestTimeout" label="providers.requestTimeout" />
        <NumberField {...props} name="maxRetryAttempts" label="providers.maxRetryAttempts" hint="providers.maxRetryHint" />
      </div>
    </fieldset>
  );
}

export function ProxySection(props: SectionProps) {
  const bound = { values: props.values, set: props.set };
  return (
    <fieldset class="form-section">
      <legend>{t('providers.sectionProxy')}</legend>
      <div class="form-grid">
        <FormField label={t('providers.proxyUrl')} name="proxyUrl" errors={props.errors.proxyUrl}>
          <TextInput name="proxyUrl" {...bound} placeholder="socks5://user:pass@10.0.0.2:1080" />
        </FormField>
        <FormField label={t('providers.proxyFallback')} name="proxyFallbackToDirect" errors={props.errors.proxyFallbackToDirect}>
          <CheckboxInput name="proxyFallbackToDirect" {...bound} />
        </FormField>
      </div>
    </fieldset>
  );
}
