// How the current admin request authenticated, kept per request beside the raw Request (as the
// request database is) so admin routes share the app's context type.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';

/** Recorded in the audit log: a Bearer ADMIN_TOKEN (automation) or the login cookie (the SPA). */
export type AdminActor = 'token' | 'session';

const actors = new WeakMap<Request, AdminActor>();

export function setAdminActor(c: Context<AppEnv>, actor: AdminActor): void {
  actors.set(c.req.raw, actor);
}

/** Only meaningful behind requireAdmin, which always sets it. */
export function adminActorOf(c: Context<AppEnv>): AdminActor {
  const actor = actors.get(c.req.raw);
  if (actor === undefined) throw new Error('adminActorOf called outside requireAdmin');
  return actor;
}
