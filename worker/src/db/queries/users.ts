// Reads and writes of users. Only live rows (deletedAt null) are ever returned.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { users } from '../schema/users.ts';
import type { Queryable } from './queryable.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = Omit<typeof users.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
export type UserChanges = Partial<NewUser>;

const live = (id: number) => and(eq(users.id, id), isNull(users.deletedAt));

export function listUsers(db: Queryable): Promise<UserRow[]> {
  return db.select().from(users).where(isNull(users.deletedAt)).orderBy(asc(users.id));
}

export async function findUser(db: Queryable, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(live(id));
  return row;
}

export async function insertUser(db: Queryable, values: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (row === undefined) throw new Error('insert into users returned no row');
  return row;
}

export async function updateUser(db: Queryable, id: number, changes: UserChanges, now: Date): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set({ ...changes, updatedAt: now }).where(live(id)).returning();
  return row;
}

/** Soft delete: the row stays for the logs and the audit trail; the name becomes free again. */
export async function softDeleteUser(db: Queryable, id: number, now: Date): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ enabled: false, deletedAt: now, updatedAt: now })
    .where(live(id))
    .returning();
  return row;
}
