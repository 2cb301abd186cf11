// GET /sessions (SPEC §7.2): the sessions with a request within SESSION_TTL, most recently seen first,
// optionally of one user.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.ts';
import { listActiveSessions } from '../../db/queries/active-sessions.ts';
import { requestDb } from '../../db/request-database.ts';
import { parseQuery } from './parse-body.ts';

export const activeSessionsQuery = z.object({
  userId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const activeSessionRoutes = new Hono<AppEnv>().get('/sessions', async (c) => {
  const { userId, limit } = parseQuery(c, activeSessionsQuery);
  const ttlSeconds = c.get('config').SESSION_TTL;
  const since = new Date(Date.now() - ttlSeconds * 1000);
  const sessions = await listActiveSessions(requestDb(c), { since, userId, limit });
  return c.json({
    ttlSeconds,
    sessions: sessions.map((s) => ({ ...s, firstSeen: s.firstSeen.toISOString(), lastSeen: s.lastSeen.toISOString() })),
  });
});
