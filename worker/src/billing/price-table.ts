// The price table in force: the one that ships (seed-prices.ts) with the database's rows on top —
// an admin's edit or a synced price replaces the shipped entry of the same model. Read after the
// response (cost is computed in finalize), cached so Postgres is asked at most every few minutes.
import { pricesSnapshotKey } from '../cache/cache-keys.ts';
import type { Cache } from '../cache/shared-cache.ts';
import { openDatabase, type DatabaseSettings } from '../db/client.ts';
import { listPriceRows, type PriceRow } from '../db/queries/prices.ts';
import type { ModelPrice, PriceVendor } from './model-price.ts';
import { seedPrices } from './seed-prices.ts';

const snapshotTtlSeconds = 300;

function vendorOf(row: PriceRow): PriceVendor {
  if (row.vendor === 'anthropic' || row.vendor === 'openai' || row.vendor === 'google') return row.vendor;
  if (row.model.startsWith('claude')) return 'anthropic';
  if (row.model.startsWith('gemini')) return 'google';
  return 'openai';
}

export function toModelPrice(row: PriceRow): ModelPrice {
  return {
    model: row.model,
    vendor: vendorOf(row),
    inputPerMTok: row.inputPerMTok,
    outputPerMTok: row.outputPerMTok,
    cacheWrite5mPerMTok: row.cacheWrite5mPerMTok,
    cacheWrite1hPerMTok: row.cacheWrite1hPerMTok,
    cacheReadPerMTok: row.cacheReadPerMTok,
  };
}

export function mergePrices(rows: readonly PriceRow[]): ModelPrice[] {
  const byModel = new Map<string, ModelPrice>(seedPrices.map((p) => [p.model, p]));
  for (const row of rows) byModel.set(row.model, toModelPrice(row));
  return [...byModel.values()];
}

/** The table in force; `readRows` is asked only when the cache has no copy. */
export async function loadPriceTable(cache: Cache, readRows: () => Promise<PriceRow[]>): Promise<ModelPrice[]> {
  const cached = await cache.get<ModelPrice[]>(pricesSnapshotKey);
  if (cached !== undefined) return cached;
  const table = mergePrices(await readRows());
  await cache.set(pricesSnapshotKey, table, snapshotTtlSeconds);
  return table;
}

/** Reads the rows with a connection of its own: cost is computed after the request's pool is closed. */
export async function readPriceRows(settings: DatabaseSettings): Promise<PriceRow[]> {
  const database = openDatabase(settings);
  try {
    return await listPriceRows(database.db);
  } finally {
    await database.close();
  }
}
