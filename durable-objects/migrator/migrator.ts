// The single Durable Object that applies database migrations, so two isolates never run them at once.
// Concurrent callers share the run in progress.
import { DurableObject } from 'cloudflare:workers';
import { loadConfig } from '../../worker/src/config.ts';
import { migrationFiles } from '../../worker/src/db/migration-manifest.ts';
import { runMigrations, type MigrationOutcome } from '../../worker/src/db/run-migrations.ts';

export class Migrator extends DurableObject {
  private running: Promise<MigrationOutcome> | undefined;

  /** Applies pending migrations; callers arriving during a run wait for that run. */
  ensureMigrated(): Promise<MigrationOutcome> {
    this.running ??= this.migrate().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async migrate(): Promise<MigrationOutcome> {
    const config = loadConfig(this.env as object);
    if (config.DATABASE_URL === undefined) {
      return { ok: false, stage: 'connect', message: 'Database connection failed: DATABASE_URL is not set' };
    }
    return runMigrations({ url: config.DATABASE_URL, wsProxy: config.NEON_WS_PROXY }, migrationFiles);
  }

  /** Reachability check for /health. */
  ping(): string {
    return 'pong';
  }
}
