// Price sync (SPEC §6.1, §8.2): fetches a price document from the configured URL and stores it as
// synced rows; rows an admin edited by hand are kept.
import { pricesSnapshotKey } from '../cache/cache-keys.ts';
import type { Cache } from '../cache/shared-cache.ts';
import type { Db } from '../db/client.ts';
import { upsertSyncedPrices } from '../db/queries/prices.ts';
import { priceDocumentSchema } from './price-schema.ts';

export type SyncOutcome = { ok: true; updated: number } | { ok: false; error: string };

export async function syncPrices(db: Db, cache: Cache, url: string, timeoutMs = 15_000): Promise<SyncOutcome> {
  let document: unknown;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    if (!response.ok) return { ok: false, error: `price URL answered ${response.status}` };
    document = await response.json();
  } catch (error) {
    return { ok: false, error: `price URL could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = priceDocumentSchema.safeParse(document);
  if (!parsed.success) return { ok: false, error: `price document is not valid: ${parsed.error.issues[0]?.message ?? 'unknown shape'}` };
  const updated = await upsertSyncedPrices(db, parsed.data);
  await cache.delete(pricesSnapshotKey);
  return { ok: true, updated };
}
