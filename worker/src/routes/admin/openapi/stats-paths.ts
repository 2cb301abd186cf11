// /stats/overview and /stats/leaderboard (SPEC §7.2), from the daily rollups.
import { z } from 'zod';
import { leaderboardQuery, overviewQuery } from '../stats.ts';
import { authErrors, errorResponses, jsonResponse, queryParameters, type ApiSection } from './openapi-parts.ts';

const day = z.string().describe('YYYY-MM-DD in the configured time zone');

const usageSums = {
  requests: z.number().int(),
  errors: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  cacheReadTokens: z.number().int(),
  cacheWriteTokens: z.number().int(),
  costUsd: z.number(),
};

export const statsOverviewSchema = z.object({
  range: overviewQuery.shape.range.unwrap(),
  totals: z.object({
    requests: z.number().int(),
    errors: z.number().int(),
    inputTokens: z.number().int(),
    outputTokens: z.number().int(),
    costUsd: z.number(),
    errorRate: z.number().describe('errors / requests; 0 with no requests'),
  }),
  activeSessions: z.number().int().describe('Sessions seen within SESSION_TTL'),
  series: z.array(z.object({ day, ...usageSums })),
});

export const leaderboardSchema = z.object({
  period: leaderboardQuery.shape.period.unwrap(),
  by: leaderboardQuery.shape.by.unwrap(),
  from: day.describe('First day of the period'),
  entries: z.array(
    z.object({
      id: z.union([z.number().int(), z.string()]).nullable().describe('The user, key or provider id, or the model name'),
      name: z.string().nullable(),
      ...usageSums,
    }),
  ),
});

const tags = ['stats'];

export const statsSection: ApiSection = {
  tag: { name: 'stats', description: 'Dashboard figures and the leaderboard' },
  schemas: { StatsOverview: statsOverviewSchema, Leaderboard: leaderboardSchema },
  paths: {
    '/stats/overview': {
      get: {
        summary: 'Requests, tokens, cost, error rate, active sessions and a daily series',
        operationId: 'statsOverview',
        tags,
        parameters: queryParameters(overviewQuery),
        responses: { '200': jsonResponse('The overview', 'StatsOverview'), ...errorResponses(400, ...authErrors) },
      },
    },
    '/stats/leaderboard': {
      get: {
        summary: 'Top users, keys, providers or models by cost in the current period',
        operationId: 'statsLeaderboard',
        tags,
        parameters: queryParameters(leaderboardQuery),
        responses: { '200': jsonResponse('The leaderboard', 'Leaderboard'), ...errorResponses(400, ...authErrors) },
      },
    },
  },
};
