// A price's form values and how they become the body of POST /prices or PATCH /prices/:id (SPEC §6.1).
import type { FieldErrors } from '../../api/http-client.ts';
import { priceVendors, type Price, type PriceInput } from '../../api/prices-api.ts';
import { asInput, createFieldReader, type FormValues } from '../../forms/field-reader.ts';

export const requiredPriceNames = ['inputPerMTok', 'outputPerMTok'] as const;
export const cachePriceNames = ['cacheWrite5mPerMTok', 'cacheWrite1hPerMTok', 'cacheReadPerMTok'] as const;

const perMillion = { min: 0, max: 100_000 };

export function priceValues(price: Price | undefined): FormValues {
  const values: FormValues = { model: price?.model ?? '', vendor: price?.vendor ?? '' };
  for (const name of [...requiredPriceNames, ...cachePriceNames]) values[name] = asInput(price?.[name]);
  return values;
}

export function readPriceForm(values: FormValues): { input: PriceInput; errors: FieldErrors } {
  const reader = createFieldReader(values);
  reader.text('model', true);
  const vendor = reader.raw('vendor');
  reader.put('vendor', priceVendors.find((v) => v === vendor) ?? null);
  for (const name of requiredPriceNames) reader.number(name, { ...perMillion, empty: undefined });
  for (const name of cachePriceNames) reader.number(name, { ...perMillion, empty: null });
  return { input: reader.body as PriceInput, errors: reader.errors };
}

/**
 * How a save reaches the API: a row is patched; a shipped price has no row, so saving it creates the
 * admin's own row for that model, which then wins over the shipped one.
 */
export function priceWriteOf(price: Price | undefined): { method: 'create' } | { method: 'update'; id: number } {
  return price?.id === null || price?.id === undefined ? { method: 'create' } : { method: 'update', id: price.id };
}
