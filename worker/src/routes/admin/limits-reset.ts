// POST /users/:id/limits/reset and /keys/:id/limits/reset (§5, §7.2): empties the spend windows in the
// principal's Limiter object. Mounted under /api/admin behind the admin auth middleware.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { callLimiter, type LimiterScope } from '../../../../durable-objects/limiter/stub.ts';
import { findKey } from '../../db/queries/keys.ts';
import { findUser } from '../../db/queries/users.ts';
import { requestDb } from '../../db/request-database.ts';
import { ProxyError } from '../../errors.ts';
import { idParam, notFound, recordAudit } from './route-helpers.ts';

async function resetLimits(c: Context<AppEnv>, scope: LimiterScope): Promise<Response> {
  const resource = scope === 'user' ? 'User' : 'Key';
  const id = idParam(c, resource);
  const db = requestDb(c);
  const row = scope === 'user' ? await findUser(db, id) : await findKey(db, id);
  if (row === undefined) throw notFound(resource, id);
  const now = Date.now();
  const done = await callLimiter(c.env, { scope, id }, async (stub): Promise<{ ok: true }> => await stub.resetSpend({ now }), c.get('log'));
  if (done === undefined) {
    throw new ProxyError('unavailable', `The limits of ${resource.toLowerCase()} ${id} could not be reached; nothing was reset`, {
      code: 'limiter_unavailable',
    });
  }
  await recordAudit(db, c, { action: 'update', resourceType: scope, resourceId: id, detail: { limitsReset: true } });
  return c.json({ id, reset: true, resetAt: new Date(now).toISOString() });
}

export const limitsResetRoutes = new Hono<AppEnv>()
  .post('/users/:id{[0-9]+}/limits/reset', (c) => resetLimits(c, 'user'))
  .post('/keys/:id{[0-9]+}/limits/reset', (c) => resetLimits(c, 'key'));
