// Column helpers shared by the tables: timestamps and money.
import { numeric, timestamp } from 'drizzle-orm/pg-core';

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
export const deletedAt = () => timestamp('deleted_at', { withTimezone: true });

/** A spend limit in USD; null means no limit. */
export const usdLimit = (name: string) => numeric(name, { precision: 14, scale: 4, mode: 'number' });

/** An exact cost in USD, kept to 1e-12 so sums of many small costs stay exact. */
export const usdAmount = (name: string) =>
  numeric(name, { precision: 24, scale: 12, mode: 'number' }).notNull().default(0);
