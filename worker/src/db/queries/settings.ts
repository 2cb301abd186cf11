// The single row of system settings (id 1); defaults until an admin saves them.
import { eq } from 'drizzle-orm';
import type { Queryable } from './queryable.ts';
import { systemSettings } from '../schema/system-settings.ts';

export type Settings = typeof systemSettings.$inferSelect;

export async function readSettings(db: Queryable): Promise<Settings> {
  const [row] = await db.select().from(systemSettings).where(eq(systemSettings.id, 1));
  if (row !== undefined) return row;
  const [created] = await db.insert(systemSettings).values({ id: 1 }).onConflictDoNothing().returning();
  return created ?? (await readSettings(db));
}

/** Saves the given settings on the row, creating it with defaults for the rest if it does not exist. */
export async function updateSettings(db: Queryable, changes: Partial<Omit<Settings, 'id' | 'updatedAt'>>): Promise<Settings> {
  const values = { ...changes, updatedAt: new Date() };
  const [row] = await db
    .insert(systemSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: systemSettings.id, set: values })
    .returning();
  if (row === undefined) throw new Error('settings not saved');
  return row;
}
