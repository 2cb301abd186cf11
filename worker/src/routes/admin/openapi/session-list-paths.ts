// /sessions (SPEC §3.4, §7.2): client sessions with a request within SESSION_TTL.
import { z } from 'zod';
import { activeSessionsQuery } from '../active-sessions.ts';
import { timestamp } from './common-schemas.ts';
import { authErrors, errorResponses, jsonResponse, queryParameters, type ApiSection } from './openapi-parts.ts';

const named = z.object({ id: z.number().int(), name: z.string().nullable() }).nullable();

export const activeSessionListSchema = z.object({
  ttlSeconds: z.number().int().describe('SESSION_TTL'),
  sessions: z.array(
    z.object({
      sessionId: z.string(),
      user: named,
      key: named,
      provider: named,
      model: z.string().nullable(),
      requests: z.number().int(),
      inputTokens: z.number().int(),
      outputTokens: z.number().int(),
      cacheReadTokens: z.number().int(),
      cacheWriteTokens: z.number().int(),
      costUsd: z.number(),
      firstSeen: timestamp,
      lastSeen: timestamp,
    }),
  ),
});

export const sessionListSection: ApiSection = {
  tag: { name: 'sessions', description: 'Active client sessions' },
  schemas: { ActiveSessions: activeSessionListSchema },
  paths: {
    '/sessions': {
      get: {
        summary: 'Sessions with a request within SESSION_TTL, most recently seen first',
        operationId: 'listActiveSessions',
        tags: ['sessions'],
        parameters: queryParameters(activeSessionsQuery),
        responses: { '200': jsonResponse('Active sessions', 'ActiveSessions'), ...errorResponses(400, ...authErrors) },
      },
    },
  },
};
