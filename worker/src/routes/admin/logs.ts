// /api/admin/logs (SPEC §7.2): the request log with filters and cursor pagination, and one request
// with its provider chain.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.ts';
import { findLog, listLogs } from '../../db/queries/request-log.ts';
import { requestDb } from '../../db/request-database.ts';
import { parseQuery } from './parse-body.ts';
import { idParam, notFound } from './route-helpers.ts';

const id = z.coerce.number().int().positive();

export const logQuery = z.object({
  userId: id.optional(),
  keyId: id.optional(),
  providerId: id.optional(),
  model: z.string().min(1).optional(),
  status: z.coerce.number().int().min(100).max(599).optional(),
  sessionId: z.string().min(1).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  /** `<createdAt ms>.<id>` of the previous page's last row. */
  cursor: z
    .string()
    .regex(/^\d+\.\d+$/, 'a cursor from a previous page')
    .transform((text) => {
      const [at, rowId] = text.split('.').map(Number) as [number, number];
      return { createdAt: new Date(at), id: rowId };
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const logRoutes = new Hono<AppEnv>()
  .get('/logs', async (c) => {
    const q = parseQuery(c, logQuery);
    const rows = await listLogs(
      requestDb(c),
      { userId: q.userId, keyId: q.keyId, providerId: q.providerId, model: q.model, statusCode: q.status, sessionId: q.sessionId, from: q.from, to: q.to, before: q.cursor },
      q.limit + 1,
    );
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    const nextCursor = rows.length > q.limit && last !== undefined ? `${last.createdAt.getTime()}.${last.id}` : null;
    return c.json({ logs: page, nextCursor });
  })
  .get('/logs/:id{[0-9]+}', async (c) => {
    const logId = idParam(c, 'Log');
    const row = await findLog(requestDb(c), logId);
    if (row === undefined) throw notFound('Log', logId);
    return c.json(row);
  });
