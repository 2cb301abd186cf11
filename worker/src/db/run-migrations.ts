// Connects and applies the bundled migrations, turning failures into the operator messages of
// SPEC §10: `Database connection failed: <reason>` and `Migration failed: <reason>`.
import { applyMigrations, MigrationError, type MigrationFile } from './apply-migrations.ts';
import { openDatabase, type DatabaseSettings } from './client.ts';
import { describeDatabaseFailure } from './describe-db-error.ts';

export type MigrationOutcome =
  | { ok: true; version: string | null; applied: string[] }
  | { ok: false; stage: 'connect' | 'migrate'; message: string };

export async function runMigrations(settings: DatabaseSettings, files: MigrationFile[]): Promise<MigrationOutcome> {
  const database = openDatabase(settings);
  try {
    let client;
    try {
      client = await database.pool.connect();
    } catch (error) {
      return { ok: false, stage: 'connect', message: describeDatabaseFailure(error, settings.url) };
    }
    try {
      const result = await applyMigrations(client, files);
      return { ok: true, version: result.version, applied: result.applied };
    } catch (error) {
      if (error instanceof MigrationError) {
        return { ok: false, stage: 'migrate', message: `Migration failed: ${error.message}` };
      }
      return { ok: false, stage: 'connect', message: describeDatabaseFailure(error, settings.url) };
    } finally {
      client.release();
    }
  } finally {
    await database.close();
  }
}
