import { SELF, env } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminCall, base, callWithSettings, freshIp, type ErrorBody } from './admin-helpers.ts';

async function login(token: string, url = `${base}/login`, ip = freshIp()): Promise<Response> {
  return SELF.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
    body: JSON.stringify({ token }),
  });
}

function sessionCookieOf(response: Response): string {
  const cookie = response.headers.get('set-cookie') ?? '';
  const pair = cookie.split(';')[0] ?? '';
  expect(pair).toMatch(/^cch_admin_session=v1\./);
  return pair;
}

describe('admin login, logout and me', () => {
  // Failed logins are logged as warnings; keep the test output readable.
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sets an HttpOnly, SameSite=Strict, Secure session cookie on https and answers /me through it', async () => {
    const response = await login(env.ADMIN_TOKEN, 'https://gateway.example.com/api/admin/login');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ authenticated: true, via: 'session', expiresAt: expect.any(String) });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; Path=\/api\/admin/);
    expect(setCookie).toMatch(/; Max-Age=43200/);

    const me = await SELF.fetch('https://gateway.example.com/api/admin/me', { headers: { cookie: sessionCookieOf(response) } });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ authenticated: true, via: 'session' });
  });

  it('does not mark the cookie Secure on http://localhost, so local logins work in every browser', async () => {
    const response = await login(env.ADMIN_TOKEN, 'http://localhost:8787/api/admin/login');
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure over plain http on other hosts while ENABLE_SECURE_COOKIES is on', async () => {
    const response = await login(env.ADMIN_TOKEN, 'http://gateway.lan/api/admin/login');
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('does not mark the cookie Secure on 127.0.0.1 or a *.localhost name either', async () => {
    for (const url of ['http://127.0.0.1:8787/api/admin/login', 'http://admin.localhost:8787/api/admin/login']) {
      const response = await login(env.ADMIN_TOKEN, url);
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).not.toMatch(/Secure/);
    }
  });

  it('drops Secure over plain http with ENABLE_SECURE_COOKIES=false, but keeps it over https', async () => {
    const loginWith = (url: string) =>
      callWithSettings(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'cf-connecting-ip': freshIp() },
          body: JSON.stringify({ token: env.ADMIN_TOKEN }),
        }),
        { ENABLE_SECURE_COOKIES: 'false' },
      );
    const plain = await loginWith('http://gateway.lan/api/admin/login');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/);
    const tls = await loginWith('https://gateway.example.com/api/admin/login');
    expect(tls.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('answers /me for a Bearer token', async () => {
    const me = await adminCall('GET', '/me');
    expect(me).toMatchObject({ status: 200, body: { authenticated: true, via: 'token' } });
  });

  it('refuses a wrong token with 401, on login and as a Bearer token', async () => {
    const response = await login('wrong-token');
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    const body = await response.json<ErrorBody>();
    expect(body.error.code).toBe('invalid_admin_token');
    expect(body.error.message).toMatch(/^Invalid admin token \(request id: req_/);

    const me = await adminCall<ErrorBody>('GET', '/me', undefined, { authorization: 'Bearer nope', 'cf-connecting-ip': freshIp() });
    expect(me.status).toBe(401);
  });

  it('answers 401 without any credentials, and for a forged or foreign cookie', async () => {
    expect((await SELF.fetch(`${base}/users`)).status).toBe(401);
    const forged = await SELF.fetch(`${base}/me`, { headers: { cookie: `cch_admin_session=v1.99999999999999.AAAA.AAAA` } });
    expect(forged.status).toBe(401);
  });

  it('clears the cookie on logout', async () => {
    const response = await SELF.fetch(`${base}/logout`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ authenticated: false });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^cch_admin_session=;/);
    expect(setCookie).toMatch(/Max-Age=0/);
    expect(setCookie).toMatch(/Path=\/api\/admin/);
  });

  it('throttles an IP after 10 failed logins with 429 and Retry-After, even for the right token', async () => {
    const ip = freshIp();
    for (let attempt = 0; attempt < 10; attempt++) expect((await login(`wrong-${attempt}`, undefined, ip)).status).toBe(401);
    const blocked = await login(env.ADMIN_TOKEN, undefined, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(590);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(600);
    expect((await blocked.json<ErrorBody>()).error.code).toBe('admin_login_throttled');
    expect((await login(env.ADMIN_TOKEN, undefined, freshIp())).status).toBe(200);
  });
});

describe('CSRF protection of cookie-authenticated writes', () => {
  async function cookie(): Promise<string> {
    return sessionCookieOf(await login(env.ADMIN_TOKEN, 'https://gateway.example.com/api/admin/login'));
  }

  it('refuses a cookie write without Origin or Referer, and one from another site', async () => {
    const session = await cookie();
    const post = (headers: Record<string, string>) =>
      SELF.fetch('https://gateway.example.com/api/admin/users', {
        method: 'POST',
        headers: { cookie: session, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ name: `csrf-${crypto.randomUUID()}` }),
      });
    const bare = await post({});
    expect(bare.status).toBe(403);
    expect((await bare.json<ErrorBody>()).error.code).toBe('csrf_rejected');
    expect((await post({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ origin: 'https://gateway.example.com' })).status).toBe(201);
    expect((await post({ referer: 'https://gateway.example.com/users' })).status).toBe(201);
  });

  it('refuses cross-site PATCH and DELETE too, and a Referer from another site', async () => {
    const session = await cookie();
    const created = await adminCall<{ id: number }>('POST', '/users', { name: `csrf-target-${crypto.randomUUID()}` });
    const url = `https://gateway.example.com/api/admin/users/${created.body.id}`;
    const send = (method: string, headers: Record<string, string>) =>
      SELF.fetch(url, { method, headers: { cookie: session, 'content-type': 'application/json', ...headers }, body: method === 'PATCH' ? '{"note":"x"}' : null });
    expect((await send('PATCH', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await send('PATCH', { referer: 'https://evil.example/gateway.example.com' })).status).toBe(403);
    expect((await send('DELETE', { origin: 'null' })).status).toBe(403);
    expect((await send('PATCH', { origin: 'https://gateway.example.com' })).status).toBe(200);
    expect((await send('DELETE', { origin: 'https://gateway.example.com' })).status).toBe(200);
  });

  it('lets cookie reads and Bearer writes through without an Origin', async () => {
    const session = await cookie();
    expect((await SELF.fetch('https://gateway.example.com/api/admin/users', { headers: { cookie: session } })).status).toBe(200);
    expect((await adminCall('POST', '/users', { name: `bearer-${crypto.randomUUID()}` })).status).toBe(201);
  });
});

describe('an unfit ADMIN_TOKEN', () => {
  for (const [label, token] of [
    ['the default', 'change-me'],
    ['a short token', 'short-token-1234'],
  ] as const) {
    it(`answers 503 on every admin route in production with ${label}, saying how to set it`, async () => {
      for (const path of ['/login', '/me', '/users']) {
        const response = await callWithSettings(
          new Request(`${base}${path}`, { method: path === '/login' ? 'POST' : 'GET', headers: { authorization: `Bearer ${token}` } }),
          { ADMIN_TOKEN: token, ENVIRONMENT: 'production' },
        );
        expect(response.status).toBe(503);
        const body = await response.json<ErrorBody>();
        expect(body.error.code).toBe('admin_token_unfit');
        expect(body.error.message).toContain('wrangler secret put ADMIN_TOKEN');
      }
    });
  }

  it('is accepted outside production', async () => {
    const response = await callWithSettings(new Request(`${base}/me`, { headers: { authorization: 'Bearer change-me' } }), {
      ADMIN_TOKEN: 'change-me',
      ENVIRONMENT: 'development',
    });
    expect(response.status).toBe(200);
  });
});
