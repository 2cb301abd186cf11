import { env } from 'cloudflare:test';
import { Redis } from '@upstash/redis/cloudflare';
import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { keyLookupKey } from '../worker/src/cache/cache-keys.ts';
import { auditLog } from '../worker/src/db/schema/audit-log.ts';
import { keys } from '../worker/src/db/schema/keys.ts';
import { adminCall, unique, withDatabase, type ErrorBody } from './admin-helpers.ts';

interface User {
  id: number;
  name: string;
  note: string | null;
  enabled: boolean;
  expiresAt: string | null;
  providerGroup: string | null;
  dailyLimitUsd: number | null;
  dailyResetMode: string;
  dailyResetTime: string;
  rpmLimit: number | null;
}

const redisConfigured = env.UPSTASH_REDIS_REST_URL !== '';

async function createUser(fields: Record<string, unknown> = {}): Promise<User> {
  const answer = await adminCall<User>('POST', '/users', { name: unique('user'), ...fields });
  expect(answer.status).toBe(201);
  return answer.body;
}

function auditRows(resourceType: string, resourceId: number) {
  return withDatabase(({ db }) =>
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceType, resourceType), eq(auditLog.resourceId, String(resourceId))))
      .orderBy(desc(auditLog.id)),
  );
}

describe('admin users', () => {
  it('creates a user with defaults and normalised fields, then reads and lists it', async () => {
    const user = await createUser({
      note: 'backend team',
      providerGroup: ' claude , fast,, claude',
      expiresAt: '2027-01-01T08:00:00+08:00',
      dailyLimitUsd: 12.5,
      rpmLimit: 60,
    });
    expect(user).toMatchObject({
      note: 'backend team',
      enabled: true,
      providerGroup: 'claude,fast',
      expiresAt: '2027-01-01T00:00:00.000Z',
      dailyLimitUsd: 12.5,
      dailyResetMode: 'fixed',
      dailyResetTime: '00:00',
      rpmLimit: 60,
    });
    expect(user).not.toHaveProperty('deletedAt');
    expect((await adminCall<User>('GET', `/users/${user.id}`)).body).toEqual(user);
    const list = await adminCall<{ users: User[] }>('GET', '/users');
    expect(list.body.users.map((u) => u.id)).toContain(user.id);
  });

  it('answers 400 naming every failing field', async () => {
    const answer = await adminCall<ErrorBody>('POST', '/users', {
      rpmLimit: -1,
      dailyResetMode: 'weekly',
      dailyResetTime: '24:00',
      expiresAt: 'tomorrow',
      limitTotalUsd: '10',
      dailyLimitUSD: 5,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('validation_error');
    expect(answer.body.error.details?.fields).toEqual({
      name: ['Required'],
      rpmLimit: ['Must be 0 or more'],
      dailyResetMode: ['One of fixed, rolling'],
      dailyResetTime: ['A time of day as HH:mm, e.g. 00:00'],
      expiresAt: ['An ISO 8601 date-time with an offset, e.g. 2027-01-01T00:00:00Z'],
      limitTotalUsd: ['A number of USD'],
      dailyLimitUSD: ['Unknown field'],
    });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const answer = await adminCall<ErrorBody>('PATCH', '/users/1', undefined, {
      authorization: `Bearer ${env.ADMIN_TOKEN}`,
      'content-type': 'application/json',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_json');
  });

  it('answers 404 for unknown and malformed ids', async () => {
    for (const [method, path] of [
      ['GET', '/users/999999'],
      ['PATCH', '/users/999999'],
      ['DELETE', '/users/999999'],
      ['GET', '/users/abc'],
    ] as const) {
      const answer = await adminCall<ErrorBody>(method, path, method === 'PATCH' ? { note: 'x' } : undefined);
      expect(answer.status, `${method} ${path}`).toBe(404);
    }
  });

  it('answers 409 for a second live user with the same name, and frees the name on delete', async () => {
    const user = await createUser();
    const clash = await adminCall<ErrorBody>('POST', '/users', { name: user.name });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('name_taken');
    const other = await createUser();
    expect((await adminCall('PATCH', `/users/${other.id}`, { name: user.name })).status).toBe(409);
    expect((await adminCall('DELETE', `/users/${user.id}`)).status).toBe(200);
    expect((await adminCall('POST', '/users', { name: user.name })).status).toBe(201);
  });

  it('patches only the given fields and records the change in the audit log', async () => {
    const user = await createUser({ rpmLimit: 10 });
    const answer = await adminCall<User>('PATCH', `/users/${user.id}`, { enabled: false, dailyResetMode: 'rolling', note: null });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ enabled: false, dailyResetMode: 'rolling', note: null, rpmLimit: 10, name: user.name });
    const [latest, created] = await auditRows('user', user.id);
    expect(latest).toMatchObject({ actor: 'token', action: 'update', detail: { fields: { enabled: false, dailyResetMode: 'rolling', note: null } } });
    expect(created).toMatchObject({ action: 'create' });
  });

  it('soft-deletes a user, disabling and deleting their keys', async () => {
    const user = await createUser();
    const created = await adminCall<{ id: number }>('POST', `/users/${user.id}/keys`, { name: 'laptop' });
    const deleted = await adminCall<{ deleted: boolean; keysDeleted: number }>('DELETE', `/users/${user.id}`);
    expect(deleted.body).toEqual({ deleted: true, id: user.id, keysDeleted: 1 });
    expect((await adminCall('GET', `/users/${user.id}`)).status).toBe(404);
    expect((await adminCall('GET', `/users/${user.id}/keys`)).status).toBe(404);
    const [row] = await withDatabase(({ db }) => db.select().from(keys).where(eq(keys.id, created.body.id)));
    expect(row).toMatchObject({ enabled: false, deletedAt: expect.any(Date) });
    expect((await auditRows('user', user.id))[0]).toMatchObject({ action: 'delete', detail: { keysDeleted: 1 } });
  });

  it.skipIf(!redisConfigured)("drops the cached lookups of the user's keys when the user changes", async () => {
    const user = await createUser();
    const key = await adminCall<{ id: number }>('POST', `/users/${user.id}/keys`, { name: 'ci' });
    const [row] = await withDatabase(({ db }) => db.select().from(keys).where(eq(keys.id, key.body.id)));
    const redis = new Redis({ url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN, enableTelemetry: false });
    const cacheKey = `${env.CACHE_NAMESPACE}:${keyLookupKey(row?.keyHash ?? '')}`;
    await redis.set(cacheKey, { v: { stale: true }, ttl: 60 }, { ex: 60 });
    expect((await adminCall('PATCH', `/users/${user.id}`, { enabled: false })).status).toBe(200);
    expect(await redis.get(cacheKey)).toBeNull();
  });
});
