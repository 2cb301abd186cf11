import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { migratorStub } from '../durable-objects/migrator/stub.ts';

describe('Migrator', () => {
  it('applies the bundled migrations once when many isolates ask at the same time', async () => {
    const stub = migratorStub(env);
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => stub.ensureMigrated()));
    for (const outcome of outcomes) expect(outcome).toMatchObject({ ok: true, version: expect.stringMatching(/^\d{4}_/) });
    const applied = outcomes.flatMap((o) => (o.ok ? o.applied : []));
    expect(new Set(applied).size).toBe(applied.length);
    const again = await stub.ensureMigrated();
    expect(again).toMatchObject({ ok: true, applied: [] });
  });

  it('names the reason when the database cannot be reached', async () => {
    const { runMigrations } = await import('../worker/src/db/run-migrations.ts');
    const outcome = await runMigrations(
      { url: 'postgres://postgres@127.0.0.1:1/test', wsProxy: env.NEON_WS_PROXY, connectTimeoutMs: 3000 },
      [],
    );
    expect(outcome).toEqual({
      ok: false,
      stage: 'connect',
      message: expect.stringMatching(/^Database connection failed: connection refused by 127\.0\.0\.1:1 \(check DATABASE_URL/),
    });
  });
});
