// A sensitive-word rule's form values and how they become the body of its API write (SPEC §8.1).
// Whether a regex compiles the way the gateway compiles it is the API's call; its 400 lands on `pattern`.
import type { FieldErrors } from '../../api/http-client.ts';
import { matchTypes, type SensitiveWord, type SensitiveWordInput } from '../../api/sensitive-words-api.ts';
import { createFieldReader, type FormValues } from '../../forms/field-reader.ts';
import { t } from '../../i18n/i18n.ts';

export function sensitiveWordValues(word: SensitiveWord | undefined): FormValues {
  return {
    pattern: word?.pattern ?? '',
    matchType: word?.matchType ?? 'contains',
    description: word?.description ?? '',
    enabled: word?.enabled ?? true,
  };
}

export function readSensitiveWordForm(values: FormValues): { input: SensitiveWordInput; errors: FieldErrors } {
  const reader = createFieldReader(values);
  // The pattern is kept as typed: leading or trailing spaces may be part of what is matched.
  const pattern = typeof values.pattern === 'string' ? values.pattern : '';
  reader.put('pattern', pattern, pattern.trim() === '' ? t('validate.required') : pattern.length > 500 ? t('words.tooLong') : undefined);
  const type = reader.raw('matchType');
  const known = matchTypes.find((m) => m === type);
  reader.put('matchType', known, known === undefined ? t('words.matchType.invalid') : undefined);
  reader.textOrNull('description');
  reader.flag('enabled');
  return { input: reader.body as SensitiveWordInput, errors: reader.errors };
}
