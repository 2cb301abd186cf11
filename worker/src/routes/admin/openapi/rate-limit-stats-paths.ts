// /stats/rate-limits (SPEC §7.2): requests refused by a limit, by limit type, by user and over time.
import { z } from 'zod';
import { rateLimitStatsQuery } from '../rate-limit-stats.ts';
import { timestamp } from './common-schemas.ts';
import { authErrors, errorResponses, jsonResponse, queryParameters, type ApiSection } from './openapi-parts.ts';

const countsByType = z.record(z.string(), z.number().int()).describe('Events per limit name');

export const rateLimitStatsSchema = z.object({
  range: rateLimitStatsQuery.shape.range.unwrap(),
  from: timestamp.describe('The first instant counted'),
  bucket: z.enum(['hour', 'day']).describe('Hours of the last day, or days of a longer range'),
  totals: z.object({ events: z.number().int(), users: z.number().int() }),
  byType: z.array(
    z.object({
      limit: z.string().describe('rpm, spend5h, daily, weekly, monthly, total, concurrentSessions, authThrottle (failed key logins), or unknown for older rows'),
      events: z.number().int(),
      users: z.number().int().describe('Distinct known users refused by this limit'),
      lastAt: timestamp,
    }),
  ),
  byUser: z.array(
    z.object({
      user: z.object({ id: z.number().int(), name: z.string().nullable() }).nullable(),
      events: z.number().int(),
      byType: countsByType,
      lastAt: timestamp,
    }),
  ),
  series: z.array(
    z.object({
      bucket: z.string().describe('YYYY-MM-DDTHH:00:00Z (UTC) for hours, YYYY-MM-DD in the configured time zone for days'),
      total: z.number().int(),
      byType: countsByType,
    }),
  ),
});

export const rateLimitStatsSection: ApiSection = {
  tag: { name: 'stats', description: 'Dashboard figures and the leaderboard' },
  schemas: { RateLimitStats: rateLimitStatsSchema },
  paths: {
    '/stats/rate-limits': {
      get: {
        summary: 'Limit events by type and by user, with their series',
        operationId: 'statsRateLimits',
        tags: ['stats'],
        parameters: queryParameters(rateLimitStatsQuery),
        responses: { '200': jsonResponse('Limit events', 'RateLimitStats'), ...errorResponses(400, ...authErrors) },
      },
    },
  },
};
