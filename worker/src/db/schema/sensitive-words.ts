// Sensitive-word rules checked against user-authored text (SPEC §8.1).
import { boolean, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';

export const matchTypes = ['exact', 'contains', 'regex'] as const;

export const sensitiveWords = pgTable('sensitive_words', {
  id: serial('id').primaryKey(),
  pattern: text('pattern').notNull(),
  matchType: text('match_type', { enum: matchTypes }).notNull().default('contains'),
  description: text('description'),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
