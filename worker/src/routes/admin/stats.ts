// /api/admin/stats (SPEC §7.2): the dashboard overview and the leaderboard, from the daily rollups.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.ts';
import { activeSessions, dailySeries, leaderboard } from '../../db/queries/usage-stats.ts';
import { requestDb } from '../../db/request-database.ts';
import { lastDaysStart, periodStart } from '../../request-log/period-start.ts';
import { requestSettings } from '../../settings/runtime-settings.ts';
import { parseQuery } from './parse-body.ts';

const ranges = { '1d': 1, '7d': 7, '30d': 30, '90d': 90 } as const;

export const overviewQuery = z.object({ range: z.enum(['1d', '7d', '30d', '90d']).default('7d') });
export const leaderboardQuery = z.object({
  period: z.enum(['daily', 'weekly', 'monthly']).default('daily'),
  by: z.enum(['user', 'key', 'provider', 'model']).default('user'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const statsRoutes = new Hono<AppEnv>()
  .get('/stats/overview', async (c) => {
    const { range } = parseQuery(c, overviewQuery);
    const config = c.get('config');
    const { timeZone } = await requestSettings(c);
    const now = Date.now();
    const db = requestDb(c);
    const [series, sessions] = await Promise.all([
      dailySeries(db, lastDaysStart(ranges[range], now, timeZone)),
      activeSessions(db, new Date(now - config.SESSION_TTL * 1000)),
    ]);
    const totals = series.reduce(
      (sum, d) => ({
        requests: sum.requests + d.requests,
        errors: sum.errors + d.errors,
        inputTokens: sum.inputTokens + d.inputTokens,
        outputTokens: sum.outputTokens + d.outputTokens,
        costUsd: sum.costUsd + d.costUsd,
      }),
      { requests: 0, errors: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 },
    );
    return c.json({
      range,
      totals: { ...totals, errorRate: totals.requests === 0 ? 0 : totals.errors / totals.requests },
      activeSessions: sessions,
      series,
    });
  })
  .get('/stats/leaderboard', async (c) => {
    const { period, by, limit } = parseQuery(c, leaderboardQuery);
    const { timeZone } = await requestSettings(c);
    const from = periodStart(period, Date.now(), timeZone);
    return c.json({ period, by, from, entries: await leaderboard(requestDb(c), by, from, limit) });
  });
