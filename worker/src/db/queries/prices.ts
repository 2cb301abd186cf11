// Rows of the model_prices table: the admin's overrides and synced prices on top of the shipped table.
import { eq } from 'drizzle-orm';
import type { Queryable } from './queryable.ts';
import { modelPrices } from '../schema/model-prices.ts';

export type PriceRow = typeof modelPrices.$inferSelect;
export type NewPrice = typeof modelPrices.$inferInsert;

export async function listPriceRows(db: Queryable): Promise<PriceRow[]> {
  return db.select().from(modelPrices).orderBy(modelPrices.model);
}

export async function findPriceRow(db: Queryable, id: number): Promise<PriceRow | undefined> {
  const [row] = await db.select().from(modelPrices).where(eq(modelPrices.id, id));
  return row;
}

export async function insertPriceRow(db: Queryable, values: NewPrice): Promise<PriceRow> {
  const [row] = await db.insert(modelPrices).values(values).returning();
  if (row === undefined) throw new Error('price row not inserted');
  return row;
}

export async function updatePriceRow(db: Queryable, id: number, changes: Partial<NewPrice>): Promise<PriceRow | undefined> {
  const [row] = await db.update(modelPrices).set({ ...changes, updatedAt: new Date() }).where(eq(modelPrices.id, id)).returning();
  return row;
}

export async function deletePriceRow(db: Queryable, id: number): Promise<PriceRow | undefined> {
  const [row] = await db.delete(modelPrices).where(eq(modelPrices.id, id)).returning();
  return row;
}

/** Replaces the synced prices by model; manual rows win and are left alone. */
export async function upsertSyncedPrices(db: Queryable, prices: NewPrice[]): Promise<number> {
  let written = 0;
  for (const price of prices) {
    const [existing] = await db.select().from(modelPrices).where(eq(modelPrices.model, price.model));
    if (existing?.source === 'manual') continue;
    if (existing === undefined) await db.insert(modelPrices).values({ ...price, source: 'sync' });
    else await db.update(modelPrices).set({ ...price, source: 'sync', updatedAt: new Date() }).where(eq(modelPrices.id, existing.id));
    written += 1;
  }
  return written;
}
