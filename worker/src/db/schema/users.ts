// Users own keys and carry limits and a provider group.
import { boolean, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, deletedAt, updatedAt } from './columns.ts';
import { limitColumns } from './limits.ts';

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    note: text('note'),
    enabled: boolean('enabled').notNull().default(true),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** Comma-separated provider tags; empty means every provider. */
    providerGroup: text('provider_group'),
    ...limitColumns(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('users_name_live').on(t.name).where(sql`${t.deletedAt} is null`)],
);
