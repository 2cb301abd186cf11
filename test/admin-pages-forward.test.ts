// The admin SPA on Pages (SPEC §7.3): its Pages Function forwards /api/* to this worker. Run in
// workerd against the real worker, through a service binding and through API_ORIGIN: logging in
// through Pages works, cookie writes from the Pages site pass the worker's CSRF check, and a
// cross-site write is still refused.
import { SELF, env } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forwardApi, type ForwardEnv } from '../admin/functions/forward-api.ts';
import { freshIp, unique, type ErrorBody } from './admin-helpers.ts';

const pages = 'https://admin.example.pages.dev';
const workerOrigin = 'https://gateway.example.com';
const toWorker = (request: Request) => SELF.fetch(request);

const setups: Array<[string, ForwardEnv, typeof fetch]> = [
  ['a service binding', { API: { fetch: toWorker } }, fetch],
  ['API_ORIGIN', { API_ORIGIN: workerOrigin }, toWorker as typeof fetch],
];

describe.each(setups)('the admin through the Pages Function, with %s', (_label, forwardEnv, fetchOrigin) => {
  const throughPages = (path: string, init: RequestInit = {}) => forwardApi(new Request(`${pages}${path}`, init), forwardEnv, fetchOrigin);

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function login(): Promise<string> {
    const response = await throughPages('/api/admin/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: pages, 'cf-connecting-ip': freshIp() },
      body: JSON.stringify({ token: env.ADMIN_TOKEN }),
    });
    expect(response.status).toBe(200);
    const [cookie, ...others] = response.headers.getSetCookie();
    expect(others).toEqual([]);
    // No Domain: the browser keeps it for the Pages host it called. Secure: both hops are https.
    expect(cookie).toMatch(/^cch_admin_session=v1\.[^;]+; Max-Age=\d+; Path=\/api\/admin; HttpOnly; Secure; SameSite=Strict$/);
    return (cookie ?? '').split(';')[0] ?? '';
  }

  const createUser = (session: string, headers: Record<string, string>) =>
    throughPages('/api/admin/users', {
      method: 'POST',
      headers: { cookie: session, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name: unique('pages-user') }),
    });

  it('logs in and answers /me through the session cookie', async () => {
    const session = await login();
    const me = await throughPages('/api/admin/me', { headers: { cookie: session } });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ authenticated: true, via: 'session' });
  });

  it('accepts cookie writes whose Origin or Referer is the Pages site', async () => {
    const session = await login();
    expect((await createUser(session, { origin: pages })).status).toBe(201);
    expect((await createUser(session, { referer: `${pages}/admin/users` })).status).toBe(201);
  });

  it('still refuses cross-site cookie writes, and writes naming no site', async () => {
    const session = await login();
    const sources: Array<Record<string, string>> = [{ origin: 'https://evil.example' }, { origin: workerOrigin }, { referer: 'https://evil.example/page' }, {}];
    for (const headers of sources) {
      const refused = await createUser(session, headers);
      expect(refused.status).toBe(403);
      expect((await refused.json<ErrorBody>()).error.code).toBe('csrf_rejected');
    }
  });

  it('logs out through Pages, clearing the cookie on the Pages host', async () => {
    const response = await throughPages('/api/admin/logout', { method: 'POST', headers: { origin: pages } });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([expect.stringMatching(/^cch_admin_session=; Max-Age=0; Path=\/api\/admin;/)]);
  });

  it('passes validation errors through with their fields', async () => {
    const response = await throughPages('/api/admin/users', {
      method: 'POST',
      headers: { authorization: `Bearer ${env.ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '' }),
    });
    expect(response.status).toBe(400);
    expect((await response.json<ErrorBody>()).error.details?.fields).toHaveProperty('name');
  });
});

describe('login throttling through a service binding', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('counts failures per client address, since the binding passes the client address on', async () => {
    const binding: ForwardEnv = { API: { fetch: toWorker } };
    const attempt = (token: string, ip: string) =>
      forwardApi(
        new Request(`${pages}/api/admin/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: pages, 'cf-connecting-ip': ip },
          body: JSON.stringify({ token }),
        }),
        binding,
      );
    const attacker = freshIp();
    for (let n = 0; n < 10; n++) expect((await attempt(`wrong-${n}`, attacker)).status).toBe(401);
    expect((await attempt(env.ADMIN_TOKEN, attacker)).status).toBe(429);
    expect((await attempt(env.ADMIN_TOKEN, freshIp())).status).toBe(200);
  });
});
