// /api/admin/users (SPEC §7.2). Writes run with their audit row in one transaction; a user write
// then drops the cached lookups of all the user's keys, so it applies to their next request.
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { keyLookupKey } from '../../cache/cache-keys.ts';
import { keyHashesOfUser, softDeleteKeysOfUser } from '../../db/queries/keys.ts';
import { findUser, insertUser, listUsers, softDeleteUser, updateUser } from '../../db/queries/users.ts';
import { requestDb } from '../../db/request-database.ts';
import { parseBody } from './parse-body.ts';
import { presentUser } from './present-resources.ts';
import { idParam, invalidateCache, notFound, pushStatus, recordAudit, withNameConflict } from './route-helpers.ts';
import { createUserSchema, patchUserSchema } from './user-schema.ts';

const taken = (name: string | undefined) => `A user named "${name ?? ''}" already exists`;

export const userRoutes = new Hono<AppEnv>()
  .get('/users', async (c) => {
    const rows = await listUsers(requestDb(c));
    return c.json({ users: rows.map(presentUser) });
  })
  .post('/users', async (c) => {
    const input = await parseBody(c, createUserSchema);
    const row = await withNameConflict(
      () =>
        requestDb(c).transaction(async (tx) => {
          const user = await insertUser(tx, input);
          await recordAudit(tx, c, { action: 'create', resourceType: 'user', resourceId: user.id, detail: { fields: input } });
          return user;
        }),
      taken(input.name),
    );
    return c.json(presentUser(row), 201);
  })
  .get('/users/:id{[0-9]+}', async (c) => {
    const id = idParam(c, 'User');
    const row = await findUser(requestDb(c), id);
    if (row === undefined) throw notFound('User', id);
    return c.json(presentUser(row));
  })
  .patch('/users/:id{[0-9]+}', async (c) => {
    const id = idParam(c, 'User');
    const input = await parseBody(c, patchUserSchema);
    const result = await withNameConflict(
      () =>
        requestDb(c).transaction(async (tx) => {
          const user = await updateUser(tx, id, input, new Date());
          if (user === undefined) return undefined;
          await recordAudit(tx, c, { action: 'update', resourceType: 'user', resourceId: id, detail: { fields: input } });
          return { user, keyHashes: await keyHashesOfUser(tx, id) };
        }),
      taken(input.name),
    );
    if (result === undefined) throw notFound('User', id);
    await invalidateCache(c, result.keyHashes.map(keyLookupKey));
    await pushStatus(c, 'user', result.user);
    return c.json(presentUser(result.user));
  })
  .delete('/users/:id{[0-9]+}', async (c) => {
    const id = idParam(c, 'User');
    const result = await requestDb(c).transaction(async (tx) => {
      const now = new Date();
      const user = await softDeleteUser(tx, id, now);
      if (user === undefined) return undefined;
      const keyHashes = await softDeleteKeysOfUser(tx, id, now);
      const detail = { name: user.name, keysDeleted: keyHashes.length };
      await recordAudit(tx, c, { action: 'delete', resourceType: 'user', resourceId: id, detail });
      return { user, keyHashes };
    });
    if (result === undefined) throw notFound('User', id);
    await invalidateCache(c, result.keyHashes.map(keyLookupKey));
    await pushStatus(c, 'user', result.user);
    return c.json({ deleted: true, id, keysDeleted: result.keyHashes.length });
  });
