// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or DSN) with the same code the
// worker runs, through a local bridge when the database is on this machine.
import { readMigrationFiles } from './migration-files.ts';
import { startWsTcpBridge } from './bridges/ws-tcp-bridge.ts';
import { configureNeonForNode, isLocalDatabase } from './support/node-database.ts';
import { runMigrations } from '../worker/src/db/run-migrations.ts';

export async function migrateDatabase(url: string): Promise<{ ok: boolean; message: string }> {
  const bridge = isLocalDatabase(url) ? await startWsTcpBridge({ port: 0 }) : undefined;
  try {
    configureNeonForNode(bridge?.wsProxy);
    const outcome = await runMigrations({ url, wsProxy: bridge?.wsProxy }, readMigrationFiles());
    if (!outcome.ok) return { ok: false, message: outcome.message };
    const applied = outcome.applied.length > 0 ? `applied ${outcome.applied.join(', ')}` : 'nothing to apply';
    return { ok: true, message: `Migrations: ${applied}; database at ${outcome.version ?? 'no version'}` };
  } finally {
    await bridge?.close();
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const url = process.env.DATABASE_URL ?? process.env.DSN;
  if (url === undefined || url === '') {
    console.error('DATABASE_URL is not set (expected postgres://user:password@host:port/database)');
    process.exit(1);
  }
  const result = await migrateDatabase(url);
  (result.ok ? console.log : console.error)(result.message);
  process.exit(result.ok ? 0 : 1);
}
