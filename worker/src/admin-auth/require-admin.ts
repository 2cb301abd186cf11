// Admin access (SPEC §7.1): refuse everything while ADMIN_TOKEN is unfit, then accept a Bearer
// ADMIN_TOKEN or a valid session cookie. Cookie writes must come from this host (CSRF); Bearer
// requests carry no ambient credential, so they need no such check.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { ProxyError } from '../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { setAdminActor } from './admin-actor.ts';
import { adminTokenProblem } from './admin-token-problem.ts';
import { isSameHostRequest } from './cookie-security.ts';
import { sessionCookieName } from './session-cookie.ts';
import { verifyAdminToken } from './verify-admin-token.ts';
import { verifySession } from './session-token.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const refuseUnfitAdminToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  const problem = adminTokenProblem(c.get('config'));
  if (problem !== undefined) throw new ProxyError('unavailable', problem, { code: 'admin_token_unfit' });
  await next();
};

export function bearerTokenOf(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  return match?.[1]?.trim();
}

export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const bearer = bearerTokenOf(c.req.header('authorization'));
  if (bearer !== undefined) {
    await verifyAdminToken(c, bearer);
    setAdminActor(c, 'token');
    return next();
  }
  const session = getCookie(c, sessionCookieName);
  const adminToken = c.get('config').ADMIN_TOKEN ?? '';
  if (session !== undefined && (await verifySession(session, adminToken, Date.now()))) {
    if (!safeMethods.has(c.req.method) && !isSameHostRequest(c.req.raw.headers, new URL(c.req.url))) {
      throw new ProxyError(
        'forbidden',
        'Cross-site request refused: cookie-authenticated writes need an Origin or Referer of this host ' +
          '(or use Authorization: Bearer)',
        { code: 'csrf_rejected' },
      );
    }
    setAdminActor(c, 'session');
    return next();
  }
  throw new ProxyError('unauthorized', 'Admin authentication required: log in or send Authorization: Bearer <ADMIN_TOKEN>', {
    code: 'admin_auth_required',
  });
};
