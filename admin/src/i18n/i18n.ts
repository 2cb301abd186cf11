// The UI language (zh-CN by default, English on request), kept in localStorage, and `t()` to read
// a message in it with `{name}` placeholders filled.
import { createSignal } from 'solid-js';
import { en, type MessageKey } from './messages-en.ts';
import { zh } from './messages-zh.ts';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };

const storageKey = 'cch-admin-locale';
const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

function storedLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(storageKey);
  return stored === 'en' || stored === 'zh-CN' ? stored : 'zh-CN';
}

const [locale, setLocaleSignal] = createSignal<Locale>(storedLocale());

export { locale };

export function setLocale(next: Locale): void {
  localStorage.setItem(storageKey, next);
  document.documentElement.lang = next;
  setLocaleSignal(next);
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = dictionaries[locale()][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Dates and numbers follow the chosen language. */
export function formatDateTime(iso: string | number | null | undefined): string {
  if (iso === null || iso === undefined) return '—';
  return new Date(iso).toLocaleString(locale(), { hour12: false });
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return value.toLocaleString(locale(), { maximumFractionDigits });
}

export function formatUsd(value: number): string {
  return value.toLocaleString(locale(), { minimumFractionDigits: 2, maximumFractionDigits: value < 1 && value > 0 ? 6 : 2 });
}
