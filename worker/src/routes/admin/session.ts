// /api/admin/login, /logout and /me (SPEC §7.1): the token is exchanged for a signed session cookie.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.ts';
import { adminActorOf } from '../../admin-auth/admin-actor.ts';
import { requireAdmin } from '../../admin-auth/require-admin.ts';
import { clearSessionCookie, setSessionCookie } from '../../admin-auth/session-cookie.ts';
import { signSession } from '../../admin-auth/session-token.ts';
import { verifyAdminToken } from '../../admin-auth/verify-admin-token.ts';
import { parseBody } from './parse-body.ts';

export const loginSchema = z.object({ token: z.string('The admin token as text').min(1, 'Required') });

export const sessionRoutes = new Hono<AppEnv>()
  .post('/login', async (c) => {
    const { token } = await parseBody(c, loginSchema);
    await verifyAdminToken(c, token);
    const now = Date.now();
    // verifyAdminToken only passes when ADMIN_TOKEN is set and matched.
    const session = await signSession(c.get('config').ADMIN_TOKEN ?? token, now);
    setSessionCookie(c, session, now);
    return c.json({ authenticated: true, via: 'session', expiresAt: new Date(session.expiresAt).toISOString() });
  })
  .post('/logout', (c) => {
    clearSessionCookie(c);
    return c.json({ authenticated: false });
  })
  .get('/me', requireAdmin, (c) => c.json({ authenticated: true, via: adminActorOf(c) }));
