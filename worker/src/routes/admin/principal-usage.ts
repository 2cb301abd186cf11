// GET /users/:id/usage and /keys/:id/usage (§5, §7.2): where a user or a key stands against each of
// its limits, read from its Limiter object with the policy built from the current row, so the answer is
// right before the principal's first request and right after an admin edits a limit.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { callLimiter, type LimiterScope } from '../../../../durable-objects/limiter/stub.ts';
import type { LimitUsage } from '../../../../durable-objects/limiter/limit-policy.ts';
import { findKey, type KeyRow } from '../../db/queries/keys.ts';
import { findUser, type UserRow } from '../../db/queries/users.ts';
import { requestDb } from '../../db/request-database.ts';
import { ProxyError } from '../../errors.ts';
import { limitPolicyOf } from '../../pipeline/admit-limits.ts';
import { requestSettings } from '../../settings/runtime-settings.ts';
import { idParam, notFound } from './route-helpers.ts';

/** A limit as the admin API shows it: LimitUsage with the reset instant as an ISO string. */
export type PresentedLimitUsage = Omit<LimitUsage, 'resetAt'> & { resetAt: string | null };

function presentUsage(usage: LimitUsage): PresentedLimitUsage {
  return { ...usage, resetAt: usage.resetAt === null ? null : new Date(usage.resetAt).toISOString() };
}

/** The live row of the principal; a key whose user is gone counts as gone too. */
async function findPrincipalRow(c: Context<AppEnv>, scope: LimiterScope, id: number): Promise<UserRow | KeyRow | undefined> {
  const db = requestDb(c);
  if (scope === 'user') return findUser(db, id);
  const key = await findKey(db, id);
  if (key === undefined) return undefined;
  return (await findUser(db, key.userId)) === undefined ? undefined : key;
}

async function principalUsage(c: Context<AppEnv>, scope: LimiterScope): Promise<Response> {
  const resource = scope === 'user' ? 'User' : 'Key';
  const id = idParam(c, resource);
  const row = await findPrincipalRow(c, scope, id);
  if (row === undefined) throw notFound(resource, id);
  const config = c.get('config');
  const { timeZone } = await requestSettings(c);
  const policy = limitPolicyOf({ ...row, expiresAt: row.expiresAt?.getTime() ?? null }, config, timeZone);
  const usage = await callLimiter(c.env, { scope, id }, async (stub): Promise<LimitUsage[]> => await stub.usage({ policy }), c.get('log'));
  if (usage === undefined) {
    throw new ProxyError('unavailable', `The limits of ${resource.toLowerCase()} ${id} could not be reached`, { code: 'limiter_unavailable' });
  }
  return c.json({ limits: usage.map(presentUsage), enforced: config.ENABLE_RATE_LIMIT });
}

export const principalUsageRoutes = new Hono<AppEnv>()
  .get('/users/:id{[0-9]+}/usage', (c) => principalUsage(c, 'user'))
  .get('/keys/:id{[0-9]+}/usage', (c) => principalUsage(c, 'key'));
