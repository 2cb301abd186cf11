// The price table in force: the one that ships (seed-prices.ts) with the database's rows on top —
// an admin's edit or a synced price replaces the shipped entry of the same model. Read after the
// response (cost is computed in finalize), cached so Postgres is asked at most every few minutes.
import { pricesSnapshotKey } from '../cache/cache-keys.ts';
import type { Cache } from '../cache/shared-cache.ts';
import type { Db } from '../db/client.ts';
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

export async function loadPriceTable(db: () => Db, cache: Cache): Promise<ModelPrice[]> {
  const cached = await cache.get<ModelPrice[]>(pricesSnapshotKey);
  if (cached !== undefined) return cached;
  const table = mergePrices(await listPriceRows(db()));
  await cache.set(pricesSnapshotKey, table, snapshotTtlSeconds);
  return table;
}
