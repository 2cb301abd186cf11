import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hashKey } from '../worker/src/crypto/hash-key.ts';
import { findKeyWithUser } from '../worker/src/db/queries/keys.ts';
import { auditLog } from '../worker/src/db/schema/audit-log.ts';
import { keys } from '../worker/src/db/schema/keys.ts';
import { adminCall, unique, withDatabase, type ErrorBody } from './admin-helpers.ts';

interface Key {
  id: number;
  userId: number;
  name: string;
  lastFour: string;
  enabled: boolean;
  dailyLimitUsd: number | null;
  key?: string;
}

async function createUser(fields: Record<string, unknown> = {}): Promise<number> {
  const answer = await adminCall<{ id: number }>('POST', '/users', { name: unique('key-owner'), ...fields });
  expect(answer.status).toBe(201);
  return answer.body.id;
}

describe('admin keys', () => {
  it('returns the full key exactly once and stores only its SHA-256 and last four characters', async () => {
    const userId = await createUser();
    const created = await adminCall<Key>('POST', `/users/${userId}/keys`, { name: 'laptop', dailyLimitUsd: 5 });
    expect(created.status).toBe(201);
    const key = created.body.key ?? '';
    expect(key).toMatch(/^cch_[0-9A-Za-z]{40}$/);
    expect(created.body).toMatchObject({ userId, name: 'laptop', lastFour: key.slice(-4), enabled: true, dailyLimitUsd: 5 });
    expect(created.body).not.toHaveProperty('keyHash');

    const listed = await adminCall<{ keys: Key[] }>('GET', `/users/${userId}/keys`);
    expect(listed.body.keys).toHaveLength(1);
    expect(listed.body.keys[0]).toMatchObject({ id: created.body.id, lastFour: key.slice(-4) });
    expect(JSON.stringify(listed.body)).not.toContain(key.slice(4, 20));
    expect(listed.body.keys[0]).not.toHaveProperty('key');
    expect(listed.body.keys[0]).not.toHaveProperty('keyHash');

    const [row] = await withDatabase(({ db }) => db.select().from(keys).where(eq(keys.id, created.body.id)));
    expect(row?.keyHash).toBe(await hashKey(key));
    expect(row?.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(key);
  });

  it('is found by its hash with its user, as the proxy looks it up', async () => {
    const userId = await createUser();
    const created = await adminCall<Key>('POST', `/users/${userId}/keys`, { name: 'ci' });
    const unknownHash = await hashKey('cch_unknown');
    expect(await withDatabase(({ db }) => findKeyWithUser(db, unknownHash))).toBeUndefined();
    const hash = await hashKey(created.body.key ?? '');
    const match = await withDatabase(({ db }) => findKeyWithUser(db, hash));
    expect(match?.key.id).toBe(created.body.id);
    expect(match?.user.id).toBe(userId);
    await adminCall('DELETE', `/keys/${created.body.id}`);
    expect(await withDatabase(({ db }) => findKeyWithUser(db, hash))).toBeUndefined();
  });

  it("refuses a key limit above its user's with 400 naming the field", async () => {
    const userId = await createUser({ dailyLimitUsd: 10, rpmLimit: 30 });
    const tooHigh = await adminCall<ErrorBody>('POST', `/users/${userId}/keys`, { name: 'big', dailyLimitUsd: 20, rpmLimit: 30 });
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.error.details?.fields).toEqual({ dailyLimitUsd: ["Must not exceed the user's dailyLimitUsd of 10"] });

    const ok = await adminCall<Key>('POST', `/users/${userId}/keys`, { name: 'small', dailyLimitUsd: 10 });
    expect(ok.status).toBe(201);
    const raised = await adminCall<ErrorBody>('PATCH', `/keys/${ok.body.id}`, { rpmLimit: 31 });
    expect(raised.status).toBe(400);
    expect(Object.keys(raised.body.error.details?.fields ?? {})).toEqual(['rpmLimit']);
  });

  it('patches and soft-deletes a key, with audit rows that never hold the key or its hash', async () => {
    const userId = await createUser();
    const created = await adminCall<Key>('POST', `/users/${userId}/keys`, { name: 'old' });
    const patched = await adminCall<Key>('PATCH', `/keys/${created.body.id}`, { name: 'new', enabled: false });
    expect(patched.body).toMatchObject({ name: 'new', enabled: false, lastFour: created.body.lastFour });
    expect(patched.body).not.toHaveProperty('key');
    expect((await adminCall('DELETE', `/keys/${created.body.id}`)).status).toBe(200);
    expect((await adminCall('PATCH', `/keys/${created.body.id}`, { name: 'again' })).status).toBe(404);
    expect((await adminCall<{ keys: Key[] }>('GET', `/users/${userId}/keys`)).body.keys).toEqual([]);

    const rows = await withDatabase(({ db }) =>
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.resourceType, 'key'), eq(auditLog.resourceId, String(created.body.id))))
        .orderBy(desc(auditLog.id)),
    );
    expect(rows.map((r) => r.action)).toEqual(['delete', 'update', 'create']);
    const hash = await hashKey(created.body.key ?? '');
    for (const row of rows) {
      expect(JSON.stringify(row.detail)).not.toContain(created.body.key);
      expect(JSON.stringify(row.detail)).not.toContain(hash);
    }
  });

  it('answers 404 for keys of an unknown user and unknown key ids', async () => {
    expect((await adminCall('GET', '/users/999999/keys')).status).toBe(404);
    expect((await adminCall('POST', '/users/999999/keys', { name: 'x' })).status).toBe(404);
    expect((await adminCall('DELETE', '/keys/999999')).status).toBe(404);
  });
});
