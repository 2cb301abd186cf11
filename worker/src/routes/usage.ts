// GET /v1/usage (SPEC §3.1): a key holder's own spend and requests today, this week and this month,
// and where they stand against each limit of their key and their user.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requestCache } from '../cache/request-cache.ts';
import { keyTotalsSince } from '../db/queries/usage-stats.ts';
import { requestDb } from '../db/request-database.ts';
import { authenticate } from '../pipeline/authenticate.ts';
import { limitPolicyOf } from '../pipeline/admit-limits.ts';
import type { PrincipalPart } from '../pipeline/principal.ts';
import { periodStart } from '../request-log/period-start.ts';
import { requestSettings } from '../settings/runtime-settings.ts';
import { callLimiter, type LimiterScope } from '../../../durable-objects/limiter/stub.ts';

export const usageRoute = new Hono<AppEnv>().get('/v1/usage', async (c) => {
  const config = c.get('config');
  const cache = requestCache(c);
  const principal = await authenticate(c, cache);
  const { timeZone } = await requestSettings(c, cache);
  const limitsOf = async (scope: LimiterScope, part: PrincipalPart) => {
    const policy = limitPolicyOf(part, config, timeZone);
    const usage = await callLimiter(c.env, { scope, id: part.id }, (stub) => stub.usage({ policy }), c.get('log'));
    return (usage ?? []).map((u) => ({ ...u, resetAt: u.resetAt === null ? null : new Date(u.resetAt).toISOString() }));
  };
  const now = Date.now();
  const db = requestDb(c);
  const [keyLimits, userLimits, today, week, month] = await Promise.all([
    limitsOf('key', principal.key),
    limitsOf('user', principal.user),
    keyTotalsSince(db, principal.key.id, periodStart('daily', now, timeZone)),
    keyTotalsSince(db, principal.key.id, periodStart('weekly', now, timeZone)),
    keyTotalsSince(db, principal.key.id, periodStart('monthly', now, timeZone)),
  ]);
  return c.json({
    key: { id: principal.key.id, name: principal.key.name, limits: keyLimits },
    user: { id: principal.user.id, name: principal.user.name, limits: userLimits },
    usage: { today, week, month },
    timeZone,
  });
});
