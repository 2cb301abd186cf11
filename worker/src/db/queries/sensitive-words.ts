// Rows of the sensitive_words table (SPEC §8.1): the admin's rules, and the enabled ones the guard checks.
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from './queryable.ts';
import { sensitiveWords } from '../schema/sensitive-words.ts';

export type SensitiveWordRow = typeof sensitiveWords.$inferSelect;
export type NewSensitiveWord = typeof sensitiveWords.$inferInsert;

export async function listSensitiveWords(db: Queryable): Promise<SensitiveWordRow[]> {
  return db.select().from(sensitiveWords).orderBy(asc(sensitiveWords.id));
}

/** The rules in force, only the fields the matcher needs. */
export async function listEnabledWordRules(db: Queryable): Promise<Pick<SensitiveWordRow, 'id' | 'pattern' | 'matchType'>[]> {
  return db
    .select({ id: sensitiveWords.id, pattern: sensitiveWords.pattern, matchType: sensitiveWords.matchType })
    .from(sensitiveWords)
    .where(eq(sensitiveWords.enabled, true))
    .orderBy(asc(sensitiveWords.id));
}

export async function findSensitiveWord(db: Queryable, id: number): Promise<SensitiveWordRow | undefined> {
  const [row] = await db.select().from(sensitiveWords).where(eq(sensitiveWords.id, id));
  return row;
}

export async function insertSensitiveWord(db: Queryable, values: NewSensitiveWord): Promise<SensitiveWordRow> {
  const [row] = await db.insert(sensitiveWords).values(values).returning();
  if (row === undefined) throw new Error('sensitive word not inserted');
  return row;
}

export async function updateSensitiveWord(db: Queryable, id: number, changes: Partial<NewSensitiveWord>): Promise<SensitiveWordRow | undefined> {
  const [row] = await db.update(sensitiveWords).set({ ...changes, updatedAt: new Date() }).where(eq(sensitiveWords.id, id)).returning();
  return row;
}

export async function deleteSensitiveWord(db: Queryable, id: number): Promise<SensitiveWordRow | undefined> {
  const [row] = await db.delete(sensitiveWords).where(eq(sensitiveWords.id, id)).returning();
  return row;
}
