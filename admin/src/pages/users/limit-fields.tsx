// The limit inputs of a user or key form (SPEC §5).
import type { SetStoreFunction } from 'solid-js/store';
import type { FieldErrors } from '../../api/http-client.ts';
import { FormField } from '../../components/form-field.tsx';
import type { FormValues } from '../../forms/field-reader.ts';
import { SelectInput, TextInput } from '../../forms/form-inputs.tsx';
import { t } from '../../i18n/i18n.ts';
import { countLimitNames, usdLimitNames } from './limit-values.ts';

export interface LimitFieldsProps {
  values: FormValues;
  set: SetStoreFunction<FormValues>;
  errors: FieldErrors;
}

export function LimitFields(props: LimitFieldsProps) {
  const bound = { values: props.values, set: props.set };
  return (
    <fieldset class="form-section">
      <legend>{t('limits.title')}</legend>
      <div class="form-grid">
        {[...countLimitNames, ...usdLimitNames].map((name) => (
          <FormField label={t(`limits.${name}`)} name={name} errors={props.errors[name]} hint={t('common.unlimitedHint')}>
            <TextInput name={name} {...bound} inputMode="decimal" />
          </FormField>
        ))}
        <FormField label={t('limits.dailyResetMode')} name="dailyResetMode" errors={props.errors.dailyResetMode}>
          <SelectInput
            name="dailyResetMode"
            {...bound}
            options={[
              ['fixed', t('limits.dailyResetMode.fixed')],
              ['rolling', t('limits.dailyResetMode.rolling')],
            ]}
          />
        </FormField>
        <FormField label={t('limits.dailyResetTime')} name="dailyResetTime" errors={props.errors.dailyResetTime}>
          <TextInput name="dailyResetTime" {...bound} placeholder="00:00" />
        </FormField>
      </div>
    </fieldset>
  );
}
