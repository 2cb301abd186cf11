// Disabling a key or user in the admin takes effect on the next request (SPEC §3.2), even where an
// isolate still caches the key's record.
import { SELF, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { callGateway, gatewayOrigin } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName } from './support/seed.ts';
import { openDatabase } from '../worker/src/db/client.ts';
import { keys } from '../worker/src/db/schema/keys.ts';
import { hashKey } from '../worker/src/crypto/hash-key.ts';
import { eq } from 'drizzle-orm';

let key = '';
let otherKey = '';
let userId = 0;

beforeAll(async () => {
  const group = uniqueName('disable');
  const user = await seedUser({ providerGroup: group });
  userId = user.id;
  key = await seedKey(user.id);
  otherKey = await seedKey((await seedUser({ providerGroup: group })).id);
  await seedProvider('claude', { groupTag: group });
});

const ask = (clientKey: string) =>
  callGateway(
    new Request(`${gatewayOrigin}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': clientKey, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] }),
    }),
  );

const admin = (method: string, path: string, body: unknown) =>
  SELF.fetch(`http://gateway/api/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${env.ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function keyId(clientKey: string): Promise<number> {
  const database = openDatabase({ url: env.DATABASE_URL, wsProxy: env.NEON_WS_PROXY });
  try {
    const [row] = await database.db.select({ id: keys.id }).from(keys).where(eq(keys.keyHash, await hashKey(clientKey)));
    return row?.id ?? 0;
  } finally {
    await database.close();
  }
}

describe('disabling takes effect on the next request', () => {
  it('refuses a key disabled in the admin on its very next request, and serves it again once re-enabled', async () => {
    expect((await ask(key)).status).toBe(200);
    const id = await keyId(key);
    expect((await admin('PATCH', `/keys/${id}`, { enabled: false })).status).toBe(200);
    const refused = await ask(key);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { type: 'authentication_error', message: expect.stringMatching(/^Key is disabled/) } });
    expect((await admin('PATCH', `/keys/${id}`, { enabled: true })).status).toBe(200);
    expect((await ask(key)).status).toBe(200);
  });

  it('refuses every key of a user disabled in the admin, and nobody else', async () => {
    expect((await ask(key)).status).toBe(200);
    expect((await admin('PATCH', `/users/${userId}`, { enabled: false })).status).toBe(200);
    const refused = await ask(key);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { message: expect.stringMatching(/^User is disabled/) } });
    expect((await ask(otherKey)).status).toBe(200);
  });
});
