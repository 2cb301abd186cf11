// Bodies of POST /prices and PATCH /prices/:id, and the document POST /prices/sync accepts:
// per-million-token USD prices; a null cache price falls back to the SPEC §6.1 defaults.
import { z } from 'zod';

const perMillion = z.number('a number of USD per million tokens').min(0, 'Must be 0 or more').max(100_000, 'At most 100000');

export const patchPriceSchema = z
  .strictObject({
    model: z.string().trim().min(1, 'Required').max(200, 'At most 200 characters'),
    vendor: z.enum(['anthropic', 'openai', 'google']).nullable(),
    inputPerMTok: perMillion,
    outputPerMTok: perMillion,
    cacheWrite5mPerMTok: perMillion.nullable(),
    cacheWrite1hPerMTok: perMillion.nullable(),
    cacheReadPerMTok: perMillion.nullable(),
  })
  .partial();

export const createPriceSchema = patchPriceSchema.required({ model: true, inputPerMTok: true, outputPerMTok: true });

/** A price document for sync: `{ prices: [...] }` or a bare list, each entry like a created price. */
export const priceDocumentSchema = z.union([
  z.object({ prices: z.array(createPriceSchema.strip()) }).transform((d) => d.prices),
  z.array(createPriceSchema.strip()),
]);
