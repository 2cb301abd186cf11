// Reads a form's text values into an API body, checking each field the way the API will, so most
// mistakes are shown before submitting; the API's own 400 messages land under the same field names.
import type { FieldErrors } from '../api/http-client.ts';
import { t } from '../i18n/i18n.ts';

export type FormValues = Record<string, string | boolean>;

export interface NumberRule {
  min: number;
  max: number;
  /** What an empty input means; undefined makes it required. */
  empty: number | null | undefined;
  whole?: boolean;
}

export interface FieldReader {
  readonly body: Record<string, unknown>;
  readonly errors: FieldErrors;
  text(name: string, required?: boolean): void;
  textOrNull(name: string): void;
  flag(name: string): void;
  number(name: string, rule: NumberRule): void;
  /** Sets a value checked elsewhere, or records why it is wrong. */
  put(name: string, value: unknown, problem?: string): void;
  raw(name: string): string;
}

export function createFieldReader(values: FormValues): FieldReader {
  const body: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  const fail = (name: string, message: string) => (errors[name] ??= []).push(message);
  const raw = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  return {
    body,
    errors,
    raw,
    text(name, required = false) {
      const value = raw(name);
      if (required && value === '') fail(name, t('validate.required'));
      else body[name] = value;
    },
    textOrNull(name) {
      const value = raw(name);
      body[name] = value === '' ? null : value;
    },
    flag(name) {
      body[name] = values[name] === true;
    },
    number(name, rule) {
      const text = raw(name);
      if (text === '') {
        if (rule.empty === undefined) fail(name, t('validate.required'));
        else body[name] = rule.empty;
        return;
      }
      const value = Number(text);
      if (!Number.isFinite(value)) return fail(name, t(rule.whole === true ? 'validate.wholeNumber' : 'validate.number'));
      if (rule.whole === true && !Number.isInteger(value)) return fail(name, t('validate.wholeNumber'));
      if (value < rule.min || value > rule.max) return fail(name, t('validate.range', { min: rule.min, max: rule.max }));
      body[name] = value;
    },
    put(name, value, problem) {
      if (problem !== undefined) fail(name, problem);
      else body[name] = value;
    },
  };
}

/** Text for an input from a stored value; null and undefined show as empty. */
export function asInput(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** `datetime-local` text for an ISO time, in the browser's zone. */
export function toLocalDateTime(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

export function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}
