// The admin login cookie: HttpOnly (scripts never see it), SameSite=Strict (never sent on
// cross-site requests), scoped to the admin API, Secure as cookie-security.ts decides.
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.ts';
import { cookieShouldBeSecure } from './cookie-security.ts';
import type { SignedSession } from './session-token.ts';

export const sessionCookieName = 'cch_admin_session';
const cookiePath = '/api/admin';

function secureFor(c: Context<AppEnv>): boolean {
  return cookieShouldBeSecure(new URL(c.req.url), c.get('config').ENABLE_SECURE_COOKIES);
}

export function setSessionCookie(c: Context<AppEnv>, session: SignedSession, now: number): void {
  setCookie(c, sessionCookieName, session.value, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: secureFor(c),
    path: cookiePath,
    maxAge: Math.floor((session.expiresAt - now) / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookieName, { httpOnly: true, sameSite: 'Strict', secure: secureFor(c), path: cookiePath });
}
