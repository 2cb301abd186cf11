// A notification target's form values and how they become the body of its API write (SPEC §8.3).
// Secret fields start empty; left empty on an edit they keep the stored secret.
import type { FieldErrors } from '../../api/http-client.ts';
import { targetTypes, type NotificationTarget, type TargetInput, type TargetType } from '../../api/notifications-api.ts';
import type { FormValues } from '../../forms/field-reader.ts';
import { t } from '../../i18n/i18n.ts';

/** The fields each type shows, in order; secrets marked. */
export const fieldsOfType: Record<TargetType, ReadonlyArray<{ name: string; secret?: boolean; multiline?: boolean }>> = {
  wecom: [{ name: 'url', secret: true }],
  feishu: [{ name: 'url', secret: true }, { name: 'secret', secret: true }],
  dingtalk: [{ name: 'url', secret: true }, { name: 'secret', secret: true }],
  telegram: [{ name: 'botToken', secret: true }, { name: 'chatId' }, { name: 'apiBase' }],
  webhook: [{ name: 'url', secret: true }, { name: 'headers', secret: true, multiline: true }, { name: 'bodyTemplate', multiline: true }],
};

export function targetValues(target: NotificationTarget | undefined): FormValues {
  return {
    type: target?.type ?? 'webhook',
    name: target?.name ?? '',
    enabled: target?.enabled ?? true,
    url: '',
    secret: '',
    botToken: '',
    chatId: target?.config.chatId ?? '',
    apiBase: target?.config.apiBase ?? '',
    headers: '',
    bodyTemplate: target?.config.bodyTemplate ?? '',
  };
}

/** `Name: value` lines into a header object; a line without a colon is an error. */
export function parseHeaderLines(text: string): { headers: Record<string, string>; problem?: string } {
  const headers: Record<string, string> = {};
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return { headers, problem: t('notifications.headersInvalid', { line: String(index + 1) }) };
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { headers };
}

const text = (values: FormValues, name: string) => {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** The create or PATCH body; on an edit, empty secrets and unchanged optional fields are left out. */
export function readTargetForm(values: FormValues, editing: NotificationTarget | undefined): { input: TargetInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const type = targetTypes.find((candidate) => candidate === (editing?.type ?? values.type));
  if (type === undefined) return { input: {}, errors: { type: [t('validate.required')] } };
  const name = text(values, 'name');
  if (name === '') errors.name = [t('validate.required')];
  const config: Record<string, unknown> = {};
  for (const field of fieldsOfType[type]) {
    const value = text(values, field.name);
    if (field.name === 'headers') {
      if (value === '') continue;
      const parsed = parseHeaderLines(value);
      if (parsed.problem !== undefined) errors.headers = [parsed.problem];
      config.headers = parsed.headers;
    } else if (value !== '') config[field.name] = value;
    else if (field.name === 'secret' || field.name === 'apiBase' || field.name === 'bodyTemplate') {
      // Clearing an optional field removes it; for the signing secret only when asked (see the checkbox).
      if (editing !== undefined && field.name !== 'secret') config[field.name] = null;
    } else if (editing === undefined || !field.secret) errors[field.name] = [t('validate.required')];
  }
  if (editing !== undefined && values.removeSecret === true) config.secret = null;
  const input: TargetInput = { name, enabled: values.enabled === true, config };
  return { input: editing === undefined ? { type, ...input } : input, errors };
}
