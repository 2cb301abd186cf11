// One request-log row as it travels from the request to Postgres (SPEC §6.2): plain JSON, so it can
// wait in the outbox's storage; `createdAt` is epoch ms.
import type { requestLog } from '../db/schema/request-log.ts';

type Insert = typeof requestLog.$inferInsert;

export interface LogRow extends Omit<Insert, 'id' | 'createdAt'> {
  createdAt: number;
}

export function toInsert(row: LogRow): Insert {
  return { ...row, createdAt: new Date(row.createdAt) };
}
