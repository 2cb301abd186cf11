// The user bodies of POST /users and PATCH /users/:id (SPEC §7.2). Unknown fields are refused so a
// misspelt limit is a 400, not a silently unlimited user.
import { z } from 'zod';
import { expiresAtField, limitFields, nameField, tagsField } from './field-schemas.ts';

export const patchUserSchema = z
  .strictObject({
    name: nameField,
    note: z.string().max(2_000, 'At most 2000 characters').nullable(),
    enabled: z.boolean('true or false'),
    expiresAt: expiresAtField,
    providerGroup: tagsField,
    ...limitFields,
  })
  .partial();

export const createUserSchema = patchUserSchema.required({ name: true });

export type CreateUserInput = z.output<typeof createUserSchema>;
export type PatchUserInput = z.output<typeof patchUserSchema>;
