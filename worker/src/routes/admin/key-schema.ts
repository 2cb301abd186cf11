// The key bodies of POST /users/:id/keys and PATCH /keys/:id (SPEC §7.2). The key itself is never
// accepted: the gateway generates it.
import { z } from 'zod';
import { expiresAtField, limitFields, nameField } from './field-schemas.ts';

export const patchKeySchema = z
  .strictObject({
    name: nameField,
    enabled: z.boolean('true or false'),
    expiresAt: expiresAtField,
    ...limitFields,
  })
  .partial();

export const createKeySchema = patchKeySchema.required({ name: true });

export type CreateKeyInput = z.output<typeof createKeySchema>;
export type PatchKeyInput = z.output<typeof patchKeySchema>;
