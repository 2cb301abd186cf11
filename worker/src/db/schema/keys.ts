// Client keys (`cch_…`), stored only as SHA-256 hashes.
import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, deletedAt, updatedAt } from './columns.ts';
import { limitColumns } from './limits.ts';
import { users } from './users.ts';

export const keys = pgTable(
  'keys',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    /** Hex SHA-256 of the full key. */
    keyHash: text('key_hash').notNull(),
    /** The last 4 characters, the only part ever shown again. */
    lastFour: text('last_four').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    ...limitColumns(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('keys_key_hash').on(t.keyHash), index('keys_user').on(t.userId)],
);
