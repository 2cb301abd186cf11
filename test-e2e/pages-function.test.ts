// The admin's Pages Functions as Pages deploys them: `wrangler pages functions build` compiles
// admin/functions by its file-routing convention, and the result runs in workerd (Miniflare) with a
// service binding to a stand-in worker, or with API_ORIGIN pointing at a local HTTP server.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare, NoOpLog, Response as MiniflareResponse } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
/** Each configuration runs as its own worker, reached by its own Pages host. */
const site = (worker: string) => `https://${worker}.example.pages.dev`;

let outDir: string;
let server: Server;
let apiOrigin: string;
let mf: Miniflare;

function buildFunctions(dir: string): Promise<string> {
  const wrangler = join(root, 'node_modules/wrangler/bin/wrangler.js');
  const args = [wrangler, 'pages', 'functions', 'build', 'admin/functions', '--outdir', dir, '--output-routes-path', join(dir, '_routes.json')];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`pages functions build failed (${code}):\n${output}`))));
  });
}

/** The worker behind API_ORIGIN: reports what it saw, sets two cookies. */
function startWorkerStandIn(): Promise<void> {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.setHeader('set-cookie', ['cch_admin_session=v1.x; Path=/api/admin; HttpOnly; Secure; SameSite=Strict', 'second=2']);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ method: request.method, url: request.url, origin: request.headers.origin ?? null, cookie: request.headers.cookie ?? null, body }));
    });
  });
  server.listen(0, '127.0.0.1');
  return once(server, 'listening').then(() => {
    apiOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
}

function call(worker: string, path: string, init?: RequestInit): Promise<MiniflareResponse> {
  return mf.dispatchFetch(`${site(worker)}${path}`, { redirect: 'manual', ...(init as object) });
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'cch-pages-functions-'));
  await Promise.all([buildFunctions(outDir), startWorkerStandIn()]);
  const script = { modules: true, scriptPath: join(outDir, 'index.js'), modulesRoot: outDir, compatibilityDate: '2026-10-01' };
  const closed = createServer().listen(0, '127.0.0.1');
  await once(closed, 'listening');
  const downOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
  mf = new Miniflare({
    log: new NoOpLog(),
    workers: [
      { name: 'pages-origin', ...script, routes: [`${site('pages-origin')}/*`], bindings: { API_ORIGIN: apiOrigin } },
      { name: 'pages-bound', ...script, routes: [`${site('pages-bound')}/*`], serviceBindings: { API: 'gateway' } },
      { name: 'pages-down', ...script, routes: [`${site('pages-down')}/*`], bindings: { API_ORIGIN: downOrigin } },
      { name: 'pages-unconfigured', ...script, routes: [`${site('pages-unconfigured')}/*`] },
      {
        name: 'gateway',
        modules: true,
        compatibilityDate: '2026-10-01',
        script: `export default { async fetch(request) {
          const url = new URL(request.url);
          return Response.json({ host: url.host, path: url.pathname + url.search, origin: request.headers.get('origin'), body: await request.text() });
        } };`,
      },
    ],
  });
  await mf.ready;
}, 120_000);

afterAll(async () => {
  await mf?.dispose();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

describe('the admin Pages Functions, built and run as Pages runs them', () => {
  it('route only / and /api/* through Functions; the SPA files stay static', () => {
    const routes = JSON.parse(readFileSync(join(outDir, '_routes.json'), 'utf8')) as { include: string[]; exclude: string[] };
    expect(routes.include.sort()).toEqual(['/', '/api/*']);
    expect(routes.exclude).toEqual([]);
  });

  it('send the bare site address to the SPA under /admin/', async () => {
    const response = await call('pages-origin', '/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${site('pages-origin')}/admin/`);
  });

  it('forward /api/* to API_ORIGIN with method, body, cookie and a rewritten Origin, and bring every Set-Cookie back', async () => {
    const response = await call('pages-origin', '/api/admin/users?x=1', {
      method: 'POST',
      headers: { origin: site('pages-origin'), cookie: 'cch_admin_session=v1.old', 'content-type': 'application/json' },
      body: '{"name":"Ada"}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ method: 'POST', url: '/api/admin/users?x=1', origin: apiOrigin, cookie: 'cch_admin_session=v1.old', body: '{"name":"Ada"}' });
    expect(response.headers.getSetCookie()).toEqual(['cch_admin_session=v1.x; Path=/api/admin; HttpOnly; Secure; SameSite=Strict', 'second=2']);
  });

  it('forward through the service binding with the Pages URL, so the worker sees the Pages host', async () => {
    const pages = site('pages-bound');
    const response = await call('pages-bound', '/api/admin/keys/3', { method: 'PATCH', headers: { origin: pages }, body: 'patch' });
    expect(await response.json()).toEqual({ host: new URL(pages).host, path: '/api/admin/keys/3', origin: pages, body: 'patch' });
  });

  it('strip the Origin of a cross-site request', async () => {
    const response = await call('pages-origin', '/api/admin/users', { method: 'POST', headers: { origin: 'https://evil.example' }, body: '{}' });
    expect(((await response.json()) as { origin: string | null }).origin).toBeNull();
  });

  it('answer 502 with the admin error shape when the worker is down or nothing is configured', async () => {
    const down = await call('pages-down', '/api/admin/me');
    expect(down.status).toBe(502);
    expect(((await down.json()) as { error: { code: string } }).error.code).toBe('api_unreachable');
    const unconfigured = await call('pages-unconfigured', '/api/admin/me');
    expect(unconfigured.status).toBe(502);
    expect(((await unconfigured.json()) as { error: { code: string } }).error.code).toBe('api_not_configured');
  });
});
