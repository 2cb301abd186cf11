// What query functions accept: the request's database or a transaction on it, so routes can group a
// write and its audit row.
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { NeonQueryResultHKT } from 'drizzle-orm/neon-serverless';
import type * as schema from '../schema/index.ts';

export type Queryable = PgDatabase<NeonQueryResultHKT, typeof schema>;

/** Postgres reports a unique-index violation as SQLSTATE 23505; drizzle wraps it in `cause`. */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error || isObject(current); ) {
    if (isObject(current) && current['code'] === '23505') return true;
    current = isObject(current) ? current['cause'] : undefined;
  }
  return false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
