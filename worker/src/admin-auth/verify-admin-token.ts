// Checks a presented ADMIN_TOKEN (login body or Bearer header) in constant time, counting failures
// per client IP in the shared cache so the throttle holds across isolates when Upstash is on (and
// per isolate otherwise). The count is read-modify-write, so concurrent failures may undercount a
// little; the block still comes within a few attempts of the limit.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { equalSecrets } from '../crypto/equal-secrets.ts';
import { ProxyError } from '../errors.ts';
import { clientIpOf } from '../client-ip.ts';
import { loginBlockedForMs, recordLoginFailure, throttleStateTtlMs, type ThrottleState } from './login-throttle.ts';
import { requestCache } from '../cache/request-cache.ts';

const attemptsKey = (ip: string) => `cch:admin-login-failures:${ip}`;

/** Resolves when `presented` is the ADMIN_TOKEN; throws 429 while the IP is blocked, else 401. */
export async function verifyAdminToken(c: Context<AppEnv>, presented: string): Promise<void> {
  const adminToken = c.get('config').ADMIN_TOKEN;
  const cache = requestCache(c);
  const key = attemptsKey(clientIpOf(c.req.raw.headers));
  const now = Date.now();
  const state = await cache.get<ThrottleState>(key);
  const waitMs = loginBlockedForMs(state, now);
  if (waitMs > 0) throw throttled(waitMs);

  if (adminToken !== undefined && (await equalSecrets(presented, adminToken))) {
    if (state !== undefined) await cache.delete(key);
    return;
  }
  const next = recordLoginFailure(state, now);
  await cache.set(key, next, Math.ceil(throttleStateTtlMs(next, now) / 1000));
  c.get('log').warn('Admin login failed', { ip: clientIpOf(c.req.raw.headers), failures: next.failures });
  throw new ProxyError('unauthorized', 'Invalid admin token', { code: 'invalid_admin_token' });
}

function throttled(waitMs: number): ProxyError {
  const seconds = Math.ceil(waitMs / 1000);
  return new ProxyError('rate_limited', `Too many failed admin logins from this address; try again in ${seconds} s`, {
    code: 'admin_login_throttled',
    headers: { 'retry-after': String(seconds) },
  });
}
