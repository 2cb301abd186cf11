// Body of PUT /settings (SPEC §7.2): the system settings an admin edits. Fields left out keep their
// value, so a client can save one field; a time zone is stored under its canonical IANA name.
import { z } from 'zod';
import { billingModelSources } from '../../db/schema/system-settings.ts';

/** The canonical name of an IANA zone Intl knows (`europe/berlin` → `Europe/Berlin`), or undefined. */
export function canonicalTimeZone(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const timeZoneField = z.string('An IANA time zone, e.g. Europe/Berlin').transform((name, ctx) => {
  const canonical = canonicalTimeZone(name.trim());
  if (canonical !== undefined) return canonical;
  ctx.addIssue({ code: 'custom', message: 'An IANA time zone, e.g. Europe/Berlin' });
  return z.NEVER;
});

export const settingsSchema = z
  .strictObject({
    timeZone: timeZoneField.nullable(),
    enableAutoCleanup: z.boolean('true or false'),
    cleanupRetentionDays: z
      .number('A whole number of days')
      .int('A whole number of days')
      .min(1, 'At least 1')
      .max(3650, 'At most 3650'),
    billingModelSource: z.enum(billingModelSources, 'One of original, redirected'),
    priceSyncUrl: z.url({ protocol: /^https?$/, error: 'An http(s) URL' }).nullable(),
    spendAlertThreshold: z.number('A share between 0 and 1').min(0, 'At least 0').max(1, 'At most 1'),
  })
  .partial();
