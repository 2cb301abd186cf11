// The SPA checks numbers before it submits; the API's own zod schemas decide. For every numeric field
// of every form, values at, inside and just past the API's bounds must be accepted or refused by the
// form exactly as by the API, so the two never drift apart.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { patchPriceSchema } from '../../../worker/src/billing/price-schema.ts';
import { patchKeySchema } from '../../../worker/src/routes/admin/key-schema.ts';
import { patchProviderSchema } from '../../../worker/src/routes/admin/provider-schema.ts';
import { settingsSchema } from '../../../worker/src/routes/admin/settings-schema.ts';
import { patchUserSchema } from '../../../worker/src/routes/admin/user-schema.ts';
import type { FieldErrors } from '../api/http-client.ts';
import { priceValues, readPriceForm } from '../pages/prices/price-form-values.ts';
import { newProviderValues, readProviderForm } from '../pages/providers/provider-form-values.ts';
import { readSettingsForm, settingsValues } from '../pages/settings/settings-form-values.ts';
import { keyValues, readKeyForm, readUserForm, userValues } from '../pages/users/user-form-values.ts';
import type { FormValues } from './field-reader.ts';

interface Bounds {
  min: number;
  max: number;
  whole: boolean;
}

/** The bounds of a numeric field of an object schema (nullable and optional unwrapped); undefined for others. */
function boundsOf(field: z.ZodType): Bounds | undefined {
  let inner: z.ZodType = field;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodNumber)) return undefined;
  return { min: inner.minValue ?? -Infinity, max: inner.maxValue ?? Infinity, whole: inner.isInt };
}

function probes({ min, max, whole }: Bounds): number[] {
  const step = whole ? 1 : Math.min(1, (max - min) / 10);
  return [min, max, min - step, max + step, whole ? min + 0.5 : (min + max) / 2];
}

interface Form {
  name: string;
  schema: z.ZodObject;
  values: () => FormValues;
  read: (values: FormValues) => { errors: FieldErrors };
}

const forms: Form[] = [
  { name: 'provider', schema: patchProviderSchema, values: newProviderValues, read: (v) => readProviderForm(v, true) },
  { name: 'user', schema: patchUserSchema, values: () => userValues(undefined), read: readUserForm },
  { name: 'key', schema: patchKeySchema, values: () => keyValues(undefined), read: readKeyForm },
  { name: 'price', schema: patchPriceSchema, values: () => priceValues(undefined), read: readPriceForm },
  { name: 'settings', schema: settingsSchema, values: () => settingsValues(undefined), read: readSettingsForm },
];

describe.each(forms)('the $name form', ({ schema, values, read }) => {
  const numeric = Object.entries(schema.shape).flatMap(([name, field]) => {
    const bounds = boundsOf(field as z.ZodType);
    return bounds === undefined ? [] : [{ name, bounds }];
  });

  it('has numeric fields to compare', () => {
    expect(numeric.length).toBeGreaterThan(0);
  });

  it('accepts and refuses each number as the API does', () => {
    const disagreements: string[] = [];
    for (const { name, bounds } of numeric) {
      if (!(name in values())) {
        disagreements.push(`${name}: not in the form`);
        continue;
      }
      for (const value of probes(bounds)) {
        const api = schema.safeParse({ [name]: value }).success;
        const form = read({ ...values(), [name]: String(value) }).errors[name] === undefined;
        if (api !== form) disagreements.push(`${name}=${value}: API ${api ? 'accepts' : 'refuses'}, form ${form ? 'accepts' : 'refuses'}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
