// Reads and writes of upstream providers. Only live rows (deletedAt null) are returned.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { providers } from '../schema/providers.ts';
import type { Queryable } from './queryable.ts';

export type ProviderRow = typeof providers.$inferSelect;
export type NewProvider = Omit<typeof providers.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
export type ProviderChanges = Partial<NewProvider>;

const live = (id: number) => and(eq(providers.id, id), isNull(providers.deletedAt));

export function listProviders(db: Queryable): Promise<ProviderRow[]> {
  return db.select().from(providers).where(isNull(providers.deletedAt)).orderBy(asc(providers.priority), asc(providers.id));
}

/**
 * What the proxy selects from (its snapshot under `providersSnapshotKey`): live, enabled providers,
 * lowest priority number first. `apiKeyEncrypted` is included; decrypt with `decryptSecret`.
 */
export function listEnabledProviders(db: Queryable): Promise<ProviderRow[]> {
  return db
    .select()
    .from(providers)
    .where(and(isNull(providers.deletedAt), eq(providers.enabled, true)))
    .orderBy(asc(providers.priority), asc(providers.id));
}

export async function findProvider(db: Queryable, id: number): Promise<ProviderRow | undefined> {
  const [row] = await db.select().from(providers).where(live(id));
  return row;
}

export async function insertProvider(db: Queryable, values: NewProvider): Promise<ProviderRow> {
  const [row] = await db.insert(providers).values(values).returning();
  if (row === undefined) throw new Error('insert into providers returned no row');
  return row;
}

export async function updateProvider(
  db: Queryable,
  id: number,
  changes: ProviderChanges,
  now: Date,
): Promise<ProviderRow | undefined> {
  const [row] = await db.update(providers).set({ ...changes, updatedAt: now }).where(live(id)).returning();
  return row;
}

export async function softDeleteProvider(db: Queryable, id: number, now: Date): Promise<ProviderRow | undefined> {
  const [row] = await db
    .update(providers)
    .set({ enabled: false, deletedAt: now, updatedAt: now })
    .where(live(id))
    .returning();
  return row;
}
