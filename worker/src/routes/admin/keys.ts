// /api/admin/users/:id/keys and /api/admin/keys/:id (SPEC §3.2, §7.2). The full key is generated
// here, returned once in `key` and stored only as its SHA-256 and last four characters.
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { keyLookupKey } from '../../cache/cache-keys.ts';
import { generateClientKey } from '../../crypto/generate-key.ts';
import { hashKey } from '../../crypto/hash-key.ts';
import { findKey, insertKey, listKeysOfUser, softDeleteKey, updateKey } from '../../db/queries/keys.ts';
import type { Queryable } from '../../db/queries/queryable.ts';
import { findUser } from '../../db/queries/users.ts';
import { requestDb } from '../../db/request-database.ts';
import { keyLimitsAboveUser, type Limits } from './check-key-limits.ts';
import { createKeySchema, patchKeySchema } from './key-schema.ts';
import { parseBody, validationError } from './parse-body.ts';
import { presentKey } from './present-resources.ts';
import { idParam, invalidateCache, notFound, pushStatus, recordAudit } from './route-helpers.ts';

async function assertWithinUser(db: Queryable, userId: number, limits: Limits): Promise<void> {
  const user = await findUser(db, userId);
  if (user === undefined) throw notFound('User', userId);
  const fields = keyLimitsAboveUser(limits, user);
  if (Object.keys(fields).length > 0) throw validationError(fields);
}

export const keyRoutes = new Hono<AppEnv>()
  .get('/users/:id{[0-9]+}/keys', async (c) => {
    const userId = idParam(c, 'User');
    const db = requestDb(c);
    if ((await findUser(db, userId)) === undefined) throw notFound('User', userId);
    const rows = await listKeysOfUser(db, userId);
    return c.json({ keys: rows.map(presentKey) });
  })
  .post('/users/:id{[0-9]+}/keys', async (c) => {
    const userId = idParam(c, 'User');
    const input = await parseBody(c, createKeySchema);
    const key = generateClientKey();
    const keyHash = await hashKey(key);
    const row = await requestDb(c).transaction(async (tx) => {
      await assertWithinUser(tx, userId, input);
      const created = await insertKey(tx, { ...input, userId, keyHash, lastFour: key.slice(-4) });
      const detail = { userId, lastFour: created.lastFour, fields: input };
      await recordAudit(tx, c, { action: 'create', resourceType: 'key', resourceId: created.id, detail });
      return created;
    });
    // The proxy caches misses too; a stale "unknown key" entry must not outlive the key's creation.
    await invalidateCache(c, [keyLookupKey(keyHash)]);
    return c.json({ ...presentKey(row), key }, 201);
  })
  .patch('/keys/:id{[0-9]+}', async (c) => {
    const id = idParam(c, 'Key');
    const input = await parseBody(c, patchKeySchema);
    const row = await requestDb(c).transaction(async (tx) => {
      const current = await findKey(tx, id);
      if (current === undefined) return undefined;
      await assertWithinUser(tx, current.userId, { ...current, ...input });
      const updated = await updateKey(tx, id, input, new Date());
      await recordAudit(tx, c, { action: 'update', resourceType: 'key', resourceId: id, detail: { fields: input } });
      return updated;
    });
    if (row === undefined) throw notFound('Key', id);
    await invalidateCache(c, [keyLookupKey(row.keyHash)]);
    await pushStatus(c, 'key', row);
    return c.json(presentKey(row));
  })
  .delete('/keys/:id{[0-9]+}', async (c) => {
    const id = idParam(c, 'Key');
    const row = await requestDb(c).transaction(async (tx) => {
      const deleted = await softDeleteKey(tx, id, new Date());
      if (deleted === undefined) return undefined;
      const detail = { userId: deleted.userId, lastFour: deleted.lastFour };
      await recordAudit(tx, c, { action: 'delete', resourceType: 'key', resourceId: id, detail });
      return deleted;
    });
    if (row === undefined) throw notFound('Key', id);
    await invalidateCache(c, [keyLookupKey(row.keyHash)]);
    await pushStatus(c, 'key', row);
    return c.json({ deleted: true, id });
  });
