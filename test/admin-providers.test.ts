import { env } from 'cloudflare:test';
import { Redis } from '@upstash/redis/cloudflare';
import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { providersSnapshotKey } from '../worker/src/cache/cache-keys.ts';
import { decryptSecret } from '../worker/src/crypto/encrypt-secret.ts';
import { listEnabledProviders } from '../worker/src/db/queries/providers.ts';
import { auditLog } from '../worker/src/db/schema/audit-log.ts';
import { providers } from '../worker/src/db/schema/providers.ts';
import {
  adminCall,
  base,
  bearer,
  callWithSettings,
  unique,
  withDatabase,
  type ErrorBody,
} from './admin-helpers.ts';

interface Provider {
  id: number;
  name: string;
  type: string;
  hasApiKey: boolean;
  weight: number;
  priority: number;
  enabled: boolean;
  allowedModels: string[];
  modelRedirects: { from: string; to: string }[];
  customHeaders: Record<string, string>;
  proxyUrl: string | null;
  maxRetryAttempts: number | null;
  circuitBreakerOpenDuration: number;
}

const secret = 'sk-ant-api03-provider-secret-Zx9';
const redisConfigured = env.UPSTASH_REDIS_REST_URL !== '';

function provider(fields: Record<string, unknown> = {}) {
  return { name: unique('provider'), type: 'claude', baseUrl: 'https://api.anthropic.com', apiKey: secret, ...fields };
}

async function storedRow(id: number) {
  const [row] = await withDatabase(({ db }) => db.select().from(providers).where(eq(providers.id, id)));
  if (row === undefined) throw new Error(`provider ${id} not stored`);
  return row;
}

describe('admin providers', () => {
  it('creates a provider with the §4.2 defaults, never returns the API key and stores it encrypted', async () => {
    const created = await adminCall<Provider>('POST', '/providers', provider());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'claude',
      hasApiKey: true,
      enabled: true,
      weight: 1,
      priority: 0,
      allowedModels: [],
      maxRetryAttempts: null,
      circuitBreakerOpenDuration: 1_800_000,
    });
    expect(JSON.stringify(created.body)).not.toContain(secret);
    expect(created.body).not.toHaveProperty('apiKey');
    expect(created.body).not.toHaveProperty('apiKeyEncrypted');

    for (const answer of [await adminCall('GET', `/providers/${created.body.id}`), await adminCall('GET', '/providers')]) {
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).not.toContain(secret);
      expect(JSON.stringify(answer.body)).not.toContain('apiKeyEncrypted');
    }

    const row = await storedRow(created.body.id);
    expect(row.apiKeyEncrypted).not.toContain(secret);
    expect(row.apiKeyEncrypted).toMatch(/^v1\./);
    expect(await decryptSecret(row.apiKeyEncrypted, env.ENCRYPTION_KEY)).toBe(secret);
  });

  it('re-encrypts the API key on patch and leaves it alone when the patch does not name it', async () => {
    const created = await adminCall<Provider>('POST', '/providers', provider());
    const before = (await storedRow(created.body.id)).apiKeyEncrypted;
    expect((await adminCall('PATCH', `/providers/${created.body.id}`, { weight: 50 })).status).toBe(200);
    expect((await storedRow(created.body.id)).apiKeyEncrypted).toBe(before);
    const patched = await adminCall<Provider>('PATCH', `/providers/${created.body.id}`, { apiKey: 'sk-rotated-key-0001' });
    expect(patched.body).toMatchObject({ weight: 50, hasApiKey: true });
    expect(await decryptSecret((await storedRow(created.body.id)).apiKeyEncrypted, env.ENCRYPTION_KEY)).toBe('sk-rotated-key-0001');
  });

  it('keeps every field of §4.2 it is given', async () => {
    const fields = {
      type: 'openai-compatible',
      baseUrl: 'https://relay.example.com/v1',
      enabled: false,
      weight: 100,
      priority: -3,
      groupTag: 'fast, cheap',
      allowedModels: ['gpt-5', 'claude-*', '/^gemini-2\\.5-(pro|flash)$/'],
      modelRedirects: [{ from: 'claude-3-opus', to: 'claude-opus-4-1' }],
      customHeaders: { 'anthropic-beta': 'prompt-caching-2024-07-31' },
      costMultiplier: 0.8,
      limitConcurrentSessions: 20,
      limit5hUsd: 5,
      dailyLimitUsd: 20,
      limitWeeklyUsd: 100,
      limitMonthlyUsd: 300,
      circuitBreakerFailureThreshold: 0,
      circuitBreakerOpenDuration: 60_000,
      circuitBreakerHalfOpenSuccessThreshold: 3,
      firstByteTimeout: 10_000,
      idleTimeout: 20_000,
      requestTimeout: 300_000,
      maxRetryAttempts: 0,
      proxyUrl: 'socks5://user:pass@10.0.0.2:1080',
      proxyFallbackToDirect: true,
    };
    const created = await adminCall<Record<string, unknown>>('POST', '/providers', provider(fields));
    expect(created.status).toBe(201);
    // The proxy password is kept apart and shown as a mask (test/admin-provider-proxy-password.test.ts).
    expect(created.body).toMatchObject({ ...fields, groupTag: 'fast,cheap', proxyUrl: 'socks5://user:********@10.0.0.2:1080' });
  });

  it('validates allowedModels regexes, proxyUrl, customHeaders and the numeric ranges, per field', async () => {
    const answer = await adminCall<ErrorBody>('POST', '/providers', {
      ...provider(),
      type: 'bedrock',
      baseUrl: 'ftp://files.example.com',
      weight: 0,
      priority: 1.5,
      allowedModels: ['claude-*', '/claude-(opus/', 'a*b'],
      modelRedirects: [{ from: 'a', to: '' }],
      customHeaders: { Authorization: 'Bearer sk-x' },
      costMultiplier: -1,
      maxRetryAttempts: 11,
      proxyUrl: 'socks4://proxy:1080',
      firstByteTimeout: 0,
    });
    expect(answer.status).toBe(400);
    const fields = answer.body.error.details?.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(
      [
        'type',
        'baseUrl',
        'weight',
        'priority',
        'allowedModels.1',
        'allowedModels.2',
        'modelRedirects.0.to',
        'customHeaders.Authorization',
        'costMultiplier',
        'maxRetryAttempts',
        'proxyUrl',
        'firstByteTimeout',
      ].sort(),
    );
    expect(fields['allowedModels.1']?.[0]).toMatch(/^Not a valid regular expression/);
    expect(fields['proxyUrl']?.[0]).toMatch(/http:\/\/, https:\/\/ or socks5:\/\//);
    expect(fields['customHeaders.Authorization']?.[0]).toMatch(/apiKey/);
  });

  it('requires name, type, baseUrl and apiKey on create', async () => {
    const answer = await adminCall<ErrorBody>('POST', '/providers', {});
    expect(answer.body.error.details?.fields).toEqual({
      name: ['Required'],
      type: ['Required'],
      baseUrl: ['Required'],
      apiKey: ['Required'],
    });
  });

  it('answers 503 naming ENCRYPTION_KEY for provider writes without it', async () => {
    const response = await callWithSettings(
      new Request(`${base}/providers`, { method: 'POST', headers: { ...bearer, 'content-type': 'application/json' }, body: JSON.stringify(provider()) }),
      { ENCRYPTION_KEY: '' },
    );
    expect(response.status).toBe(503);
    const body = await response.json<ErrorBody>();
    expect(body.error.code).toBe('encryption_key_missing');
    expect(body.error.message).toContain('wrangler secret put ENCRYPTION_KEY');
  });

  it('soft-deletes, answers 404 afterwards, 409 for a live duplicate name, and audits without the secret', async () => {
    const created = await adminCall<Provider>('POST', '/providers', provider());
    expect((await adminCall('POST', '/providers', provider({ name: created.body.name }))).status).toBe(409);
    expect((await adminCall('DELETE', `/providers/${created.body.id}`)).status).toBe(200);
    expect((await adminCall('GET', `/providers/${created.body.id}`)).status).toBe(404);
    expect((await adminCall('PATCH', `/providers/${created.body.id}`, { weight: 2 })).status).toBe(404);
    const enabled = await withDatabase(({ db }) => listEnabledProviders(db));
    expect(enabled.map((p) => p.id)).not.toContain(created.body.id);

    const rows = await withDatabase(({ db }) =>
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.resourceType, 'provider'), eq(auditLog.resourceId, String(created.body.id))))
        .orderBy(desc(auditLog.id)),
    );
    expect(rows.map((r) => [r.action, r.actor])).toEqual([
      ['delete', 'token'],
      ['create', 'token'],
    ]);
    expect(rows[1]?.detail).toMatchObject({ apiKeyChanged: true, fields: { name: created.body.name, type: 'claude' } });
    for (const row of rows) expect(JSON.stringify(row.detail)).not.toContain(secret);
  });

  it('lists enabled providers for the proxy by priority', async () => {
    const later = await adminCall<Provider>('POST', '/providers', provider({ priority: 900_001 }));
    const first = await adminCall<Provider>('POST', '/providers', provider({ priority: 900_000 }));
    const off = await adminCall<Provider>('POST', '/providers', provider({ priority: 899_999, enabled: false }));
    const ids = (await withDatabase(({ db }) => listEnabledProviders(db))).map((p) => p.id);
    expect(ids).not.toContain(off.body.id);
    expect(ids.indexOf(first.body.id)).toBeLessThan(ids.indexOf(later.body.id));
  });

  it.skipIf(!redisConfigured)('drops the cached provider snapshot on every provider write', async () => {
    const redis = new Redis({ url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN, enableTelemetry: false });
    const snapshotKey = `${env.CACHE_NAMESPACE}:${providersSnapshotKey}`;
    await redis.set(snapshotKey, { v: [], ttl: 60 }, { ex: 60 });
    const created = await adminCall<Provider>('POST', '/providers', provider());
    expect(await redis.get(snapshotKey)).toBeNull();
    await redis.set(snapshotKey, { v: [], ttl: 60 }, { ex: 60 });
    await adminCall('DELETE', `/providers/${created.body.id}`);
    expect(await redis.get(snapshotKey)).toBeNull();
  });
});
