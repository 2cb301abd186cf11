// `npm run demo`: a demo user with a fresh key, and one provider of each type pointing at the local
// mock upstream, so a newcomer can send real requests through the gateway with no provider account.
import { and, eq, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/neon-serverless';
import { encryptSecret } from '../../worker/src/crypto/encrypt-secret.ts';
import { generateClientKey } from '../../worker/src/crypto/generate-key.ts';
import { hashKey } from '../../worker/src/crypto/hash-key.ts';
import * as schema from '../../worker/src/db/schema/index.ts';
import { providerTypes } from '../../worker/src/db/schema/providers.ts';
import { openNodePool } from '../support/node-database.ts';

export async function seedDemo(options: { databaseUrl: string; wsProxy?: string | undefined; mockUrl: string; encryptionKey: string }): Promise<string> {
  const pool = openNodePool(options.databaseUrl, options.wsProxy);
  const db = drizzle(pool, { schema });
  try {
    const { users, keys, providers } = schema;
    const [existing] = await db.select().from(users).where(and(eq(users.name, 'demo'), isNull(users.deletedAt)));
    const user = existing ?? (await db.insert(users).values({ name: 'demo', note: 'created by npm run demo' }).returning())[0];
    if (user === undefined) throw new Error('could not create the demo user');
    for (const type of providerTypes) {
      const name = `demo-${type}`;
      const apiKeyEncrypted = await encryptSecret(`mock-key-${type}`, options.encryptionKey);
      const [found] = await db.select().from(providers).where(and(eq(providers.name, name), isNull(providers.deletedAt)));
      if (found === undefined) await db.insert(providers).values({ name, type, baseUrl: options.mockUrl, apiKeyEncrypted });
      else await db.update(providers).set({ baseUrl: options.mockUrl, apiKeyEncrypted, enabled: true }).where(eq(providers.id, found.id));
    }
    const key = generateClientKey();
    await db.insert(keys).values({ userId: user.id, name: `demo ${new Date().toISOString()}`, keyHash: await hashKey(key), lastFour: key.slice(-4) });
    return key;
  } finally {
    await pool.end();
  }
}
