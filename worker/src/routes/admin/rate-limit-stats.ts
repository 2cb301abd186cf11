// GET /stats/rate-limits (SPEC §7.2): limit events by type and by user, and their series, over a range.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.ts';
import { countLimitEvents, limitEventSeries } from '../../db/queries/limit-events.ts';
import { requestDb } from '../../db/request-database.ts';
import { limitEventWindow, limitSeries, summarizeLimitEvents } from '../../request-log/summarize-limit-events.ts';
import { requestSettings } from '../../settings/runtime-settings.ts';
import { parseQuery } from './parse-body.ts';

export const rateLimitStatsQuery = z.object({ range: z.enum(['1d', '7d', '30d', '90d']).default('7d') });

export const rateLimitStatsRoutes = new Hono<AppEnv>().get('/stats/rate-limits', async (c) => {
  const { range } = parseQuery(c, rateLimitStatsQuery);
  const { timeZone } = await requestSettings(c);
  const window = limitEventWindow(range, Date.now(), timeZone);
  const db = requestDb(c);
  const [counts, series] = await Promise.all([countLimitEvents(db, window.from), limitEventSeries(db, window.from, window.size, timeZone)]);
  const { byType, byUser } = summarizeLimitEvents(counts);
  return c.json({
    range,
    from: window.from.toISOString(),
    bucket: window.size,
    totals: { events: byType.reduce((sum, t) => sum + t.events, 0), users: byUser.filter((u) => u.user !== null).length },
    byType,
    byUser,
    series: limitSeries(series, window.buckets),
  });
});
