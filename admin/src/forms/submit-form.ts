// Runs a form's write: local field errors stop it; a 400 from the API puts its messages under the
// fields they name; any other failure becomes the form's general error.
import { ApiError, type FieldErrors } from '../api/http-client.ts';
import { t } from '../i18n/i18n.ts';

export interface SubmitResult {
  fieldErrors: FieldErrors;
  error: string | undefined;
  ok: boolean;
}

/**
 * The API names nested fields by path (`modelRedirects.0.to`); the form has one control per top-level
 * field, so messages gather there, prefixed with the rest of the path: an entry of a list field is
 * numbered from 1, as the lines of its textarea are.
 */
export function fieldErrorsByControl(fields: FieldErrors): FieldErrors {
  const byControl: FieldErrors = {};
  for (const [path, messages] of Object.entries(fields)) {
    const [control = path, index, ...rest] = path.split('.');
    const prefix = index === undefined ? '' : `${/^\d+$/.test(index) ? `#${Number(index) + 1}` : index}${rest.map((part) => ` ${part}`).join('')}: `;
    (byControl[control] ??= []).push(...messages.map((message) => prefix + message));
  }
  return byControl;
}

export async function submitForm(localErrors: FieldErrors, write: () => Promise<unknown>): Promise<SubmitResult> {
  if (Object.keys(localErrors).length > 0) return { fieldErrors: localErrors, error: t('common.fixErrors'), ok: false };
  try {
    await write();
    return { fieldErrors: {}, error: undefined, ok: true };
  } catch (error) {
    if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
      return { fieldErrors: fieldErrorsByControl(error.fields), error: t('common.fixErrors'), ok: false };
    }
    return { fieldErrors: {}, error: error instanceof Error ? error.message : String(error), ok: false };
  }
}
