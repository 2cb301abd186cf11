// Inserts users, keys and providers straight into the test database, as an admin would create them.
import { env } from 'cloudflare:test';
import { openDatabase } from '../../worker/src/db/client.ts';
import { keys } from '../../worker/src/db/schema/keys.ts';
import { providers, type ProviderType } from '../../worker/src/db/schema/providers.ts';
import { users } from '../../worker/src/db/schema/users.ts';
import { encryptSecret } from '../../worker/src/crypto/encrypt-secret.ts';
import { hashKey } from '../../worker/src/crypto/hash-key.ts';
import { migratorStub } from '../../durable-objects/migrator/stub.ts';

let migrated: Promise<unknown> | undefined;

/** The test database, migrated through the Migrator object as the worker would do it. */
async function database() {
  migrated ??= migratorStub(env).ensureMigrated();
  const outcome = await migrated;
  if (typeof outcome !== 'object' || outcome === null || !('ok' in outcome) || outcome.ok !== true) {
    throw new Error(`migrations failed: ${JSON.stringify(outcome)}`);
  }
  return openDatabase({ url: env.DATABASE_URL, wsProxy: env.NEON_WS_PROXY });
}

export const uniqueName = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export async function seedUser(fields: Partial<typeof users.$inferInsert> = {}) {
  const { db, close } = await database();
  try {
    const [user] = await db.insert(users).values({ name: uniqueName('user'), ...fields }).returning();
    if (user === undefined) throw new Error('user not inserted');
    return user;
  } finally {
    await close();
  }
}

export async function seedKey(userId: number, fields: Partial<typeof keys.$inferInsert> = {}): Promise<string> {
  const key = `cch_${crypto.randomUUID().replaceAll('-', '')}${crypto.randomUUID().replaceAll('-', '').slice(0, 8)}`;
  const { db, close } = await database();
  try {
    await db.insert(keys).values({ userId, name: uniqueName('key'), keyHash: await hashKey(key), lastFour: key.slice(-4), ...fields });
    return key;
  } finally {
    await close();
  }
}

export interface SeededProvider {
  id: number;
  name: string;
  apiKey: string;
}

export async function seedProvider(
  type: ProviderType,
  fields: Partial<Omit<typeof providers.$inferInsert, 'apiKeyEncrypted' | 'type'>> = {},
): Promise<SeededProvider> {
  const apiKey = `sk-${uniqueName(type)}`;
  const { db, close } = await database();
  try {
    const [row] = await db
      .insert(providers)
      .values({
        name: uniqueName(type),
        type,
        baseUrl: env.MOCK_UPSTREAM_URL,
        apiKeyEncrypted: await encryptSecret(apiKey, env.ENCRYPTION_KEY),
        ...fields,
      })
      .returning();
    if (row === undefined) throw new Error('provider not inserted');
    return { id: row.id, name: row.name, apiKey };
  } finally {
    await close();
  }
}
