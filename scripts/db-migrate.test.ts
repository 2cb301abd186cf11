// Migrations through the Neon driver and the local bridge, on embedded PGlite and on the machine's
// PostgreSQL: applied once, serialised, rolled back on failure, compatible with drizzle's migrator.
import { drizzle } from 'drizzle-orm/neon-serverless';
import { migrate } from 'drizzle-orm/neon-serverless/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrationFile } from '../worker/src/db/apply-migrations.ts';
import { runMigrations } from '../worker/src/db/run-migrations.ts';
import { startPglite, type PgliteServer } from './bridges/pglite-server.ts';
import { startWsTcpBridge, type WsTcpBridge } from './bridges/ws-tcp-bridge.ts';
import { migrateDatabase } from './db-migrate.ts';
import { migrationsDir, readMigrationFiles } from './migration-files.ts';
import { openNodePool } from './support/node-database.ts';
import { localPostgres, localPostgresUrl, serviceAvailable } from './support/services.ts';

const files = readMigrationFiles();
const tags = files.map((f) => f.tag);
const latest = tags.at(-1);
const tables = [
  'audit_log',
  'keys',
  'model_prices',
  'notification_bindings',
  'notification_targets',
  'providers',
  'request_log',
  'sensitive_words',
  'system_settings',
  'usage_daily',
  'users',
];

let bridge: WsTcpBridge;
const postgresUp = await serviceAvailable(localPostgres);
const created: string[] = [];
const pglites: PgliteServer[] = [];

beforeAll(async () => {
  bridge = await startWsTcpBridge({ port: 0 });
});

afterAll(async () => {
  if (created.length > 0) {
    const admin = openNodePool(localPostgresUrl, bridge.wsProxy);
    for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  for (const pglite of pglites) await pglite.close();
  await bridge.close();
});

/** A database nobody has migrated yet: a new PGlite (it serves one database), or a new PostgreSQL database. */
async function freshDatabase(backend: 'pglite' | 'postgres'): Promise<string> {
  if (backend === 'pglite') {
    const pglite = await startPglite({});
    pglites.push(pglite);
    return pglite.url;
  }
  const name = `cch_migrate_${process.pid}_${created.length}_${Date.now()}`;
  const admin = openNodePool(localPostgresUrl, bridge.wsProxy);
  await admin.query(`create database ${name}`);
  await admin.end();
  created.push(name);
  return localPostgresUrl.replace(/\/[^/]*$/, `/${name}`);
}

async function tableNames(url: string): Promise<string[]> {
  const pool = openNodePool(url, bridge.wsProxy);
  const result = await pool.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
  );
  await pool.end();
  return result.rows.map((r) => r.table_name);
}

const backends = [
  { backend: 'pglite' as const, skip: false },
  { backend: 'postgres' as const, skip: !postgresUp },
];

describe.each(backends)('migrations on $backend', ({ backend, skip }) => {
  it.skipIf(skip)('applies every migration once and reports the version', async () => {
    const url = await freshDatabase(backend);
    expect(await migrateDatabase(url)).toEqual({ ok: true, message: `Migrations: applied ${tags.join(', ')}; database at ${latest}` });
    expect(await tableNames(url)).toEqual(tables);
    expect(await migrateDatabase(url)).toEqual({ ok: true, message: `Migrations: nothing to apply; database at ${latest}` });
  });

  it.skipIf(skip)('serialises concurrent runners so each migration is applied exactly once', async () => {
    const url = await freshDatabase(backend);
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () => runMigrations({ url, wsProxy: bridge.wsProxy }, files)),
    );
    const applied = outcomes.flatMap((o) => (o.ok ? o.applied : ['failed']));
    expect(applied).toEqual(tags);
    const pool = openNodePool(url, bridge.wsProxy);
    const rows = await pool.query('select count(*)::int as n from drizzle.__drizzle_migrations');
    await pool.end();
    expect(rows.rows[0]).toEqual({ n: files.length });
  });

  it.skipIf(skip)('rolls a failing migration back whole and names it in "Migration failed"', async () => {
    const url = await freshDatabase(backend);
    const broken: MigrationFile = {
      tag: '9999_broken',
      when: Number.MAX_SAFE_INTEGER,
      sql: 'create table half_done (id int);\n--> statement-breakpoint\nselect no_such_column from users;',
    };
    const outcome = await runMigrations({ url, wsProxy: bridge.wsProxy }, [...files, broken]);
    expect(outcome).toEqual({
      ok: false,
      stage: 'migrate',
      message: expect.stringMatching(/^Migration failed: 9999_broken: column "no_such_column" does not exist/),
    });
    expect(await tableNames(url)).toEqual([]);
  });

  it.skipIf(skip)("leaves drizzle's own migrator nothing to do", async () => {
    const url = await freshDatabase(backend);
    await migrateDatabase(url);
    const pool = openNodePool(url, bridge.wsProxy);
    await migrate(drizzle(pool), { migrationsFolder: migrationsDir });
    const rows = await pool.query('select count(*)::int as n from drizzle.__drizzle_migrations');
    await pool.end();
    expect(rows.rows[0]).toEqual({ n: files.length });
  });
});

describe('database connection failures', () => {
  it('names a refused connection and an unknown host, with the URL hint', async () => {
    const refused = await runMigrations({ url: 'postgres://postgres@127.0.0.1:1/x', wsProxy: bridge.wsProxy }, files);
    expect(refused).toMatchObject({ ok: false, stage: 'connect' });
    expect(refused.ok ? '' : refused.message).toMatch(
      /^Database connection failed: connection refused by 127\.0\.0\.1:1 \(check DATABASE_URL, expected postgres:\/\/user:password@host:port\/database\)$/,
    );
    const unknown = await runMigrations({ url: 'postgres://postgres@no-such-host.invalid:5432/x', wsProxy: bridge.wsProxy }, files);
    expect(unknown.ok ? '' : unknown.message).toMatch(/^Database connection failed: unknown host no-such-host\.invalid /);
  });

  it.skipIf(!postgresUp)('names a database that does not exist', async () => {
    const outcome = await runMigrations({ url: `${localPostgresUrl}_no_such_database`, wsProxy: bridge.wsProxy }, files);
    expect(outcome.ok ? '' : outcome.message).toMatch(/^Database connection failed: database "test_no_such_database" does not exist/);
  });
});
