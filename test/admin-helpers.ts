// Shared by the admin workerd tests: authenticated calls through SELF, calls with other settings
// (a weak ADMIN_TOKEN, no ENCRYPTION_KEY) through the app directly, and a database handle for
// checking what was stored.
import { SELF, createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { buildApp } from '../worker/src/app.ts';
import { openDatabase, type Database } from '../worker/src/db/client.ts';

export const base = 'http://gateway/api/admin';
export const bearer = { authorization: `Bearer ${env.ADMIN_TOKEN}` };

export interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ErrorBody {
  error: { message: string; code: string; details?: { fields: Record<string, string[]> } };
}

export async function adminCall<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = bearer): Promise<Answer<T>> {
  const init: RequestInit = { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await SELF.fetch(`${base}${path}`, init);
  return { status: response.status, body: await response.json<T>(), headers: response.headers };
}

const app = buildApp();
const envs = new Map<string, object>();

/** One env object per set of overrides, so the app parses each configuration once. */
function envWith(overrides: Record<string, string>): object {
  const id = JSON.stringify(overrides);
  let value = envs.get(id);
  if (value === undefined) {
    value = { ...env, ...overrides };
    envs.set(id, value);
  }
  return value;
}

/** Calls the app with extra settings, e.g. ENCRYPTION_KEY or a weak ADMIN_TOKEN. */
export async function callWithSettings(request: Request, overrides: Record<string, string>): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await app.fetch(request, envWith(overrides), ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

export async function withDatabase<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const database = openDatabase({ url: env.DATABASE_URL, wsProxy: env.NEON_WS_PROXY });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

export const unique = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

/** A fresh address per test, so throttling state (kept in Redis across runs) never leaks between tests. */
export const freshIp = () => `2001:db8::${crypto.getRandomValues(new Uint16Array(2)).join(':').replace(/(\d+)/g, (n) => Number(n).toString(16))}`;
