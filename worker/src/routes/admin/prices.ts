// /api/admin/prices (SPEC §6.1, §7.2): the price table in force — shipped prices with the database's
// rows on top — and edits to it. Edits are database rows (source `manual`); deleting one brings the
// shipped price back. `POST /prices/sync` loads a price document from a URL.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.ts';
import { createPriceSchema, patchPriceSchema } from '../../billing/price-schema.ts';
import { seedPrices } from '../../billing/seed-prices.ts';
import { syncPrices } from '../../billing/sync-prices.ts';
import { pricesSnapshotKey } from '../../cache/cache-keys.ts';
import { requestCache } from '../../cache/request-cache.ts';
import { deletePriceRow, findPriceRow, insertPriceRow, listPriceRows, updatePriceRow } from '../../db/queries/prices.ts';
import { readSettings } from '../../db/queries/settings.ts';
import { requestDb } from '../../db/request-database.ts';
import { ProxyError } from '../../errors.ts';
import { parseBody } from './parse-body.ts';
import { idParam, invalidateCache, notFound, recordAudit, withNameConflict } from './route-helpers.ts';

export const syncSchema = z.strictObject({ url: z.url('an http(s) URL').optional() });

export const priceRoutes = new Hono<AppEnv>()
  .get('/prices', async (c) => {
    const rows = await listPriceRows(requestDb(c));
    const edited = new Set(rows.map((r) => r.model));
    const shipped = seedPrices.filter((p) => !edited.has(p.model)).map((p) => ({ id: null, ...p, source: 'shipped' }));
    return c.json({ prices: [...rows, ...shipped].sort((a, b) => a.model.localeCompare(b.model)) });
  })
  .post('/prices', async (c) => {
    const input = await parseBody(c, createPriceSchema);
    const row = await withNameConflict(
      () =>
        requestDb(c).transaction(async (tx) => {
          const price = await insertPriceRow(tx, { ...input, source: 'manual' });
          await recordAudit(tx, c, { action: 'create', resourceType: 'price', resourceId: price.id, detail: { fields: input } });
          return price;
        }),
      `A price for ${input.model} already exists; edit it instead`,
    );
    await invalidateCache(c, [pricesSnapshotKey]);
    return c.json(row, 201);
  })
  .patch('/prices/:id{[0-9]+}', async (c) => {
    const id = idParam(c, 'Price');
    const input = await parseBody(c, patchPriceSchema);
    const row = await requestDb(c).transaction(async (tx) => {
      const price = await updatePriceRow(tx, id, { ...input, source: 'manual' });
      if (price !== undefined) await recordAudit(tx, c, { action: 'update', resourceType: 'price', resourceId: id, detail: { fields: input } });
      return price;
    });
    if (row === undefined) throw notFound('Price', id);
    await invalidateCache(c, [pricesSnapshotKey]);
    return c.json(row);
  })
  .delete('/prices/:id{[0-9]+}', async (c) => {
    const id = idParam(c, 'Price');
    const row = await findPriceRow(requestDb(c), id);
    if (row === undefined) throw notFound('Price', id);
    await requestDb(c).transaction(async (tx) => {
      await deletePriceRow(tx, id);
      await recordAudit(tx, c, { action: 'delete', resourceType: 'price', resourceId: id, detail: { model: row.model } });
    });
    await invalidateCache(c, [pricesSnapshotKey]);
    return c.json({ deleted: true });
  })
  .post('/prices/sync', async (c) => {
    const body = await parseBody(c, syncSchema);
    const url = body.url ?? (await readSettings(requestDb(c))).priceSyncUrl ?? undefined;
    if (url === undefined) throw new ProxyError('bad_request', 'No price sync URL: pass {"url": …} or set priceSyncUrl in the settings', { code: 'no_sync_url' });
    const outcome = await syncPrices(requestDb(c), requestCache(c), url);
    if (!outcome.ok) throw new ProxyError('upstream', `Price sync failed: ${outcome.error}`, { code: 'price_sync_failed' });
    return c.json(outcome);
  });
