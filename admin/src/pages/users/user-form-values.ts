// A user's or key's form values and how they become the body of the API write (SPEC §7.2 fields).
import type { KeyInput, UserInput } from '../../api/admin-api.ts';
import type { FieldErrors } from '../../api/http-client.ts';
import type { ClientKey, User } from '../../api/wire-types.ts';
import { createFieldReader, toLocalDateTime, type FieldReader, type FormValues } from '../../forms/field-reader.ts';
import { t } from '../../i18n/i18n.ts';
import { limitFormValues, readLimits } from './limit-values.ts';

export function userValues(user: User | undefined): FormValues {
  return {
    name: user?.name ?? '',
    note: user?.note ?? '',
    enabled: user?.enabled ?? true,
    expiresAt: toLocalDateTime(user?.expiresAt ?? null),
    providerGroup: user?.providerGroup ?? '',
    ...limitFormValues(user ?? {}),
  };
}

export function keyValues(key: ClientKey | undefined): FormValues {
  return {
    name: key?.name ?? '',
    enabled: key?.enabled ?? true,
    expiresAt: toLocalDateTime(key?.expiresAt ?? null),
    ...limitFormValues(key ?? {}),
  };
}

/** `datetime-local` text (browser zone) to the ISO time with offset the API wants. */
function readExpiresAt(reader: FieldReader): void {
  const text = reader.raw('expiresAt');
  if (text === '') return reader.put('expiresAt', null);
  const date = new Date(text);
  reader.put('expiresAt', Number.isNaN(date.getTime()) ? undefined : date.toISOString(), Number.isNaN(date.getTime()) ? t('validate.datetime') : undefined);
}

export function readUserForm(values: FormValues): { input: UserInput; errors: FieldErrors } {
  const reader = createFieldReader(values);
  reader.text('name', true);
  reader.textOrNull('note');
  reader.flag('enabled');
  readExpiresAt(reader);
  reader.textOrNull('providerGroup');
  readLimits(reader);
  return { input: reader.body as UserInput, errors: reader.errors };
}

export function readKeyForm(values: FormValues): { input: KeyInput; errors: FieldErrors } {
  const reader = createFieldReader(values);
  reader.text('name', true);
  reader.flag('enabled');
  readExpiresAt(reader);
  readLimits(reader);
  return { input: reader.body as KeyInput, errors: reader.errors };
}
