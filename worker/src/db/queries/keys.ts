// Reads and writes of client keys. Only live rows (deletedAt null) are returned; the hash never
// leaves this layer except to the proxy's lookup and to cache invalidation.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { keys } from '../schema/keys.ts';
import { users } from '../schema/users.ts';
import type { Queryable } from './queryable.ts';
import type { UserRow } from './users.ts';

export type KeyRow = typeof keys.$inferSelect;
export type NewKey = Omit<typeof keys.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'lastUsedAt'>;
export type KeyChanges = Partial<Omit<NewKey, 'userId' | 'keyHash' | 'lastFour'>>;

const live = (id: number) => and(eq(keys.id, id), isNull(keys.deletedAt));

export function listKeysOfUser(db: Queryable, userId: number): Promise<KeyRow[]> {
  return db
    .select()
    .from(keys)
    .where(and(eq(keys.userId, userId), isNull(keys.deletedAt)))
    .orderBy(asc(keys.id));
}

export async function findKey(db: Queryable, id: number): Promise<KeyRow | undefined> {
  const [row] = await db.select().from(keys).where(live(id));
  return row;
}

export async function insertKey(db: Queryable, values: NewKey): Promise<KeyRow> {
  const [row] = await db.insert(keys).values(values).returning();
  if (row === undefined) throw new Error('insert into keys returned no row');
  return row;
}

export async function updateKey(db: Queryable, id: number, changes: KeyChanges, now: Date): Promise<KeyRow | undefined> {
  const [row] = await db.update(keys).set({ ...changes, updatedAt: now }).where(live(id)).returning();
  return row;
}

export async function softDeleteKey(db: Queryable, id: number, now: Date): Promise<KeyRow | undefined> {
  const [row] = await db
    .update(keys)
    .set({ enabled: false, deletedAt: now, updatedAt: now })
    .where(live(id))
    .returning();
  return row;
}

/** Disables and soft-deletes every live key of a user; returns their hashes for cache invalidation. */
export async function softDeleteKeysOfUser(db: Queryable, userId: number, now: Date): Promise<string[]> {
  const rows = await db
    .update(keys)
    .set({ enabled: false, deletedAt: now, updatedAt: now })
    .where(and(eq(keys.userId, userId), isNull(keys.deletedAt)))
    .returning({ keyHash: keys.keyHash });
  return rows.map((row) => row.keyHash);
}

export async function keyHashesOfUser(db: Queryable, userId: number): Promise<string[]> {
  const rows = await db
    .select({ keyHash: keys.keyHash })
    .from(keys)
    .where(and(eq(keys.userId, userId), isNull(keys.deletedAt)));
  return rows.map((row) => row.keyHash);
}

export interface KeyWithUser {
  key: KeyRow;
  user: UserRow;
}

/**
 * The proxy's cold-path lookup by `hashKey(presentedKey)`: a live key with its live user, or
 * undefined (→ `Invalid API key`). Disabled and expired rows are returned so the caller can answer
 * with the specific 401 (SPEC §3.2).
 */
export async function findKeyWithUser(db: Queryable, keyHash: string): Promise<KeyWithUser | undefined> {
  const [row] = await db
    .select({ key: keys, user: users })
    .from(keys)
    .innerJoin(users, eq(keys.userId, users.id))
    .where(and(eq(keys.keyHash, keyHash), isNull(keys.deletedAt), isNull(users.deletedAt)));
  return row;
}
