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
