// The limits users and keys share (SPEC §5): their form values and how they are read back.
import type { Limits } from '../../api/wire-types.ts';
import { asInput, type FieldReader, type FormValues } from '../../forms/field-reader.ts';
import { t } from '../../i18n/i18n.ts';

export const usdLimitNames = ['limit5hUsd', 'dailyLimitUsd', 'limitWeeklyUsd', 'limitMonthlyUsd', 'limitTotalUsd'] as const;
export const countLimitNames = ['rpmLimit', 'limitConcurrentSessions'] as const;

export function limitFormValues(limits: Partial<Limits>): FormValues {
  const values: FormValues = {
    dailyResetMode: limits.dailyResetMode ?? 'fixed',
    dailyResetTime: limits.dailyResetTime ?? '00:00',
  };
  for (const name of [...usdLimitNames, ...countLimitNames]) values[name] = asInput(limits[name]);
  return values;
}

export function readLimits(reader: FieldReader): void {
  for (const name of usdLimitNames) reader.number(name, { min: 0, max: 1_000_000_000, empty: null });
  for (const name of countLimitNames) reader.number(name, { min: 0, max: 1_000_000, empty: null, whole: true });
  const mode = reader.raw('dailyResetMode');
  reader.put('dailyResetMode', mode === 'rolling' ? 'rolling' : 'fixed');
  const time = reader.raw('dailyResetTime') || '00:00';
  reader.put('dailyResetTime', time, /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? undefined : t('validate.time'));
}

/** A one-line summary of the limits that are set, for tables. */
export function describeLimits(limits: Limits): string {
  const parts: string[] = [];
  if (limits.rpmLimit) parts.push(`${limits.rpmLimit} rpm`);
  if (limits.limit5hUsd) parts.push(`5h $${limits.limit5hUsd}`);
  if (limits.dailyLimitUsd) parts.push(`1d $${limits.dailyLimitUsd}`);
  if (limits.limitWeeklyUsd) parts.push(`7d $${limits.limitWeeklyUsd}`);
  if (limits.limitMonthlyUsd) parts.push(`30d $${limits.limitMonthlyUsd}`);
  if (limits.limitTotalUsd) parts.push(`Σ $${limits.limitTotalUsd}`);
  if (limits.limitConcurrentSessions) parts.push(`${limits.limitConcurrentSessions} sess`);
  return parts.join(' · ') || t('common.none');
}
