// Small pieces every admin resource route uses: ids from the path, 404s, 409s, the audit entry for
// a write, and invalidating what the proxy caches.
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { adminActorOf } from '../../admin-auth/admin-actor.ts';
import { clientIpOf } from '../../client-ip.ts';
import { requestCache } from '../../cache/request-cache.ts';
import { appendAudit, type AuditEntry } from '../../db/queries/audit.ts';
import { isUniqueViolation, type Queryable } from '../../db/queries/queryable.ts';
import { ProxyError } from '../../errors.ts';
import { pushLimiterStatus } from '../../../../durable-objects/limiter/stub.ts';

export function notFound(resource: string, id: string | number): ProxyError {
  return new ProxyError('not_found', `${resource} ${id} not found`, { code: 'not_found' });
}

/**
 * The id from a `:id{[0-9]+}` path. Routes only match digits, so other routers mounted under
 * /api/admin can serve paths like /providers/health; an id out of range cannot name a row: 404.
 */
export function idParam(c: Context<AppEnv>, resource: string): number {
  const text = c.req.param('id') ?? '';
  if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2_147_483_647) throw notFound(resource, text);
  return Number(text);
}

/** Runs a write; a live-name clash on the unique index becomes a 409 with `message`. */
export async function withNameConflict<T>(run: () => Promise<T>, message: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ProxyError('conflict', message, { code: 'name_taken', cause: error });
    throw error;
  }
}

export interface AuditedWrite extends Omit<AuditEntry, 'actor' | 'ip' | 'resourceId'> {
  resourceId: number;
}

/** Appends the audit row of a write, inside the write's transaction, with who made it and from where. */
export async function recordAudit(db: Queryable, c: Context<AppEnv>, write: AuditedWrite): Promise<void> {
  const actor = adminActorOf(c);
  await appendAudit(db, { ...write, resourceId: String(write.resourceId), actor, ip: clientIpOf(c.req.raw.headers) });
}

/**
 * Drops cache entries the proxy reads, before the admin gets an answer, so the change applies to
 * the next proxied request (SPEC §3.2). The cache never throws.
 */
export async function invalidateCache(c: Context<AppEnv>, cacheKeys: readonly string[]): Promise<void> {
  const cache = requestCache(c);
  await Promise.all(cacheKeys.map((key) => cache.delete(key)));
}

/**
 * Tells the key's or user's Limiter object its enabled/expired state, so a disabled key or user is
 * refused on the very next request even where an isolate still caches the old record (SPEC §3.2).
 */
export async function pushStatus(
  c: Context<AppEnv>,
  scope: 'key' | 'user',
  row: { id: number; enabled: boolean; expiresAt: Date | null; deletedAt?: Date | null },
): Promise<void> {
  const status = row.deletedAt ? { enabled: false, expiresAt: null } : { enabled: row.enabled, expiresAt: row.expiresAt?.getTime() ?? null };
  await pushLimiterStatus(c.env, { scope, id: row.id }, status, c.get('log'));
}
