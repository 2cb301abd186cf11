// GET /api/admin/openapi.json (SPEC §7.2): served behind admin auth, structurally sound (every $ref
// resolves, every path parameter is declared), in step with the routes the admin app registers, and
// describing the main resources as the routes really answer them.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { admin } from '../worker/src/routes/admin/admin.ts';
import { keyResourceSchema, createdKeySchema } from '../worker/src/routes/admin/openapi/key-paths.ts';
import { chainEntrySchema, logEntrySchema, logPageSchema } from '../worker/src/routes/admin/openapi/log-paths.ts';
import { deliveryResultSchema, notificationBindingsSchema, notificationTargetSchema } from '../worker/src/routes/admin/openapi/notification-paths.ts';
import { priceResourceSchema } from '../worker/src/routes/admin/openapi/price-paths.ts';
import { providerResourceSchema } from '../worker/src/routes/admin/openapi/provider-paths.ts';
import { rateLimitStatsSchema } from '../worker/src/routes/admin/openapi/rate-limit-stats-paths.ts';
import { providerTestResultSchema } from '../worker/src/routes/admin/openapi/provider-test-paths.ts';
import { activeSessionListSchema } from '../worker/src/routes/admin/openapi/session-list-paths.ts';
import { principalUsageSchema } from '../worker/src/routes/admin/openapi/usage-paths.ts';
import { sensitiveWordResourceSchema } from '../worker/src/routes/admin/openapi/sensitive-word-paths.ts';
import { settingsResourceSchema } from '../worker/src/routes/admin/openapi/settings-paths.ts';
import { statsOverviewSchema } from '../worker/src/routes/admin/openapi/stats-paths.ts';
import { userResourceSchema } from '../worker/src/routes/admin/openapi/user-paths.ts';
import { validationErrorBodySchema } from '../worker/src/routes/admin/openapi/common-schemas.ts';
import { adminCall, unique } from './admin-helpers.ts';
import { callGateway, gatewayOrigin } from './support/gateway.ts';
import { flushOutboxes } from './support/outbox.ts';
import { seedKey, seedProvider, seedUser } from './support/seed.ts';

type Json = { [key: string]: unknown };
const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

async function fetchDocument(): Promise<Json> {
  const answer = await adminCall<Json>('GET', '/openapi.json');
  expect(answer.status).toBe(200);
  return answer.body;
}

/** Hono's `/users/:id{[0-9]+}/keys` as OpenAPI's `/users/{id}/keys`. */
function openApiPathOf(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}');
}

/** `METHOD /path` of every handler the admin app registers; `use('*', …)` middleware registers as `ALL /*`. */
function registeredRoutes(): Set<string> {
  const handlers = admin.routes.filter((r) => !(r.method === 'ALL' && r.path.endsWith('*')));
  return new Set(handlers.map((r) => `${r.method} ${openApiPathOf(r.path)}`));
}

function documentedRoutes(document: Json): Set<string> {
  const paths = document.paths as Record<string, Json>;
  const routes = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    for (const method of methods) if (item[method] !== undefined) routes.add(`${method.toUpperCase()} ${path}`);
  }
  return routes;
}

function collectRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else collectRefs(inner, found);
    }
  }
  return found;
}

function resolvePointer(document: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = node !== null && typeof node === 'object' ? (node as Json)[part] : undefined;
  }
  return node;
}

/** The body has exactly the documented fields and each has the documented type. */
function expectShape(body: unknown, schema: z.ZodObject): void {
  expect(Object.keys(body as Json).sort()).toEqual(Object.keys(schema.shape).filter((k) => k in (body as Json)).sort());
  expect(Object.keys(schema.shape).filter((k) => !(k in (body as Json)) && !schema.shape[k]?.safeParse(undefined).success)).toEqual([]);
  const parsed = schema.safeParse(body);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
}

describe('GET /api/admin/openapi.json', () => {
  it('needs admin credentials like every other admin route', async () => {
    const anonymous = await adminCall('GET', '/openapi.json', undefined, {});
    expect(anonymous.status).toBe(401);
  });

  it('is an OpenAPI 3.1 document whose $refs all resolve', async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: '/api/admin' }]);
    const components = document.components as Json;
    expect(Object.keys(components.securitySchemes as Json).sort()).toEqual(['bearerAuth', 'sessionCookie']);
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((ref) => resolvePointer(document, ref) === undefined)).toEqual([]);
  });

  it('declares every path parameter, gives each operation responses and a unique id', async () => {
    const document = await fetchDocument();
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const method of methods) {
        const operation = item[method] as Json | undefined;
        if (operation === undefined) continue;
        const where = `${method.toUpperCase()} ${path}`;
        const declared = ((operation.parameters ?? []) as Json[]).filter((p) => p.in === 'path').map((p) => p.name);
        if (JSON.stringify(declared.sort()) !== JSON.stringify([...inPath].sort())) problems.push(`${where}: path parameters ${declared.join(',')}`);
        const responses = Object.keys((operation.responses ?? {}) as Json);
        if (!responses.some((status) => /^2\d\d$/.test(status))) problems.push(`${where}: no success response`);
        const id = String(operation.operationId);
        if (ids.has(id)) problems.push(`${where}: operationId ${id} used twice`);
        ids.add(id);
      }
    }
    expect(problems).toEqual([]);
  });

  it('documents every route the admin app registers, and no route it does not', async () => {
    const documented = documentedRoutes(await fetchDocument());
    const registered = registeredRoutes();
    expect(registered.size).toBeGreaterThan(20);
    expect({ undocumented: [...registered].filter((r) => !documented.has(r)).sort() }).toEqual({ undocumented: [] });
    expect({ notRegistered: [...documented].filter((r) => !registered.has(r)).sort() }).toEqual({ notRegistered: [] });
  });

  it('only lets login and logout through without credentials', async () => {
    const document = await fetchDocument();
    const open: string[] = [];
    for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
      for (const method of methods) {
        const security = (item[method] as Json | undefined)?.security;
        if (Array.isArray(security) && security.length === 0) open.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(open.sort()).toEqual(['POST /login', 'POST /logout']);
  });

  it('uses the routes’ own request schemas: a documented constraint is the one enforced', async () => {
    const document = await fetchDocument();
    const schemas = (document.components as Json).schemas as Record<string, Json>;
    const userCreate = schemas.UserCreate as { properties: Record<string, Json>; required: string[]; additionalProperties: unknown };
    expect(userCreate.required).toEqual(['name']);
    expect(userCreate.additionalProperties).toBe(false);
    expect(userCreate.properties.name).toMatchObject({ type: 'string', maxLength: 100 });
    const refused = await adminCall('POST', '/users', { name: 'x'.repeat(101), surprise: 1 });
    expect(refused.status).toBe(400);
    expectShape(refused.body, validationErrorBodySchema);
    expect(Object.keys((refused.body as { error: { details: { fields: Json } } }).error.details.fields).sort()).toEqual(['name', 'surprise']);
  });
});

describe('the documented response shapes match what the routes answer', () => {
  it('users, keys and created keys', async () => {
    const user = await adminCall<Json>('POST', '/users', { name: unique('openapi-user'), expiresAt: '2030-01-01T00:00:00Z', rpmLimit: 5 });
    expect(user.status).toBe(201);
    expectShape(user.body, userResourceSchema);
    const created = await adminCall<Json>('POST', `/users/${String(user.body.id)}/keys`, { name: 'openapi-key' });
    expect(created.status).toBe(201);
    expectShape(created.body, createdKeySchema);
    const keys = await adminCall<{ keys: Json[] }>('GET', `/users/${String(user.body.id)}/keys`);
    expectShape(keys.body.keys[0], keyResourceSchema);
    const userUsage = await adminCall<{ limits: Json[] }>('GET', `/users/${String(user.body.id)}/usage`);
    expect(userUsage.status).toBe(200);
    expect(userUsage.body.limits.length).toBeGreaterThan(0);
    expectShape(userUsage.body, principalUsageSchema);
    expectShape(userUsage.body.limits[0], principalUsageSchema.shape.limits.element);
    expectShape((await adminCall('GET', `/keys/${String(created.body.id)}/usage`)).body, principalUsageSchema);
  });

  it('providers, with the API key never shown', async () => {
    const provider = await adminCall<Json>('POST', '/providers', {
      name: unique('openapi-provider'),
      type: 'claude',
      baseUrl: 'https://api.anthropic.com',
      apiKey: 'sk-openapi-test',
      modelRedirects: [{ from: 'a', to: 'b' }],
    });
    expect(provider.status).toBe(201);
    expectShape(provider.body, providerResourceSchema);
  });

  it('a provider connection test', async () => {
    const provider = await adminCall<Json>('POST', '/providers', {
      name: unique('openapi-tested'),
      type: 'claude',
      baseUrl: env.MOCK_UPSTREAM_URL,
      apiKey: 'sk-openapi-test',
    });
    const tested = await adminCall<Json>('POST', `/providers/${String(provider.body.id)}/test`, {});
    expect(tested.status).toBe(200);
    expectShape(tested.body, providerTestResultSchema);
  });

  it('notification targets, their test and the bindings', async () => {
    const created = await adminCall<Json>('POST', '/notifications/targets', {
      name: unique('openapi-hook'),
      type: 'webhook',
      config: { url: `${env.MOCK_UPSTREAM_URL}/openapi-webhook`, headers: { 'x-token': 'secret-value' } },
    });
    expect(created.status).toBe(201);
    expectShape(created.body, notificationTargetSchema);
    expect(JSON.stringify(created.body)).not.toContain('secret-value');
    const tested = await adminCall<Json>('POST', `/notifications/targets/${String(created.body.id)}/test`);
    expect(tested.status).toBe(200);
    expectShape(tested.body, deliveryResultSchema);
    const bindings = await adminCall<{ bindings: Json[] }>('GET', '/notifications/bindings');
    expectShape(bindings.body, notificationBindingsSchema);
    expectShape(bindings.body.bindings[0], notificationBindingsSchema.shape.bindings.element);
  });

  it('sensitive words, prices, settings and the stats overview', async () => {
    const word = await adminCall<Json>('POST', '/sensitive-words', { pattern: unique('openapi-word') });
    expect(word.status).toBe(201);
    expectShape(word.body, sensitiveWordResourceSchema);
    const price = await adminCall<Json>('POST', '/prices', { model: unique('openapi-model'), inputPerMTok: 1, outputPerMTok: 2 });
    expect(price.status).toBe(201);
    expectShape(price.body, priceResourceSchema);
    const prices = await adminCall<{ prices: Json[] }>('GET', '/prices');
    const shipped = prices.body.prices.find((p) => p.source === 'shipped');
    expectShape(shipped, priceResourceSchema);
    expectShape((await adminCall('GET', '/settings')).body, settingsResourceSchema);
    expectShape((await adminCall('GET', '/stats/overview?range=1d')).body, statsOverviewSchema);
    expectShape((await adminCall('GET', '/sessions')).body, activeSessionListSchema);
    expectShape((await adminCall('GET', '/stats/rate-limits?range=1d')).body, rateLimitStatsSchema);
  });

  it('log entries, served and refused, with their provider chain', async () => {
    const group = unique('openapi-logs');
    const user = await seedUser({ providerGroup: group, rpmLimit: 1 });
    const key = await seedKey(user.id);
    await seedProvider('claude', { groupTag: group });
    const send = () =>
      callGateway(
        new Request(`${gatewayOrigin}/v1/messages`, {
          method: 'POST',
          headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'log shape' }] }),
        }),
      );
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(429);
    await flushOutboxes();
    const page = await adminCall<{ logs: Json[] }>('GET', `/logs?userId=${user.id}`);
    expect(page.status).toBe(200);
    const [refused, served] = page.body.logs;
    expectShape(page.body, logPageSchema);
    expectShape(served, logEntrySchema);
    expectShape(refused, logEntrySchema);
    expect(refused?.limitName).toBe('rpm');
    const chain = served?.providerChain as Json[];
    expect(chain).toHaveLength(1);
    expectShape(chain[0], chainEntrySchema);
    expectShape((await adminCall('GET', `/logs/${String(served?.id)}`)).body, logEntrySchema);
  });
});
