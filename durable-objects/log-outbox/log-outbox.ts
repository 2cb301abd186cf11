// The durable outbox of the request log (SPEC §6.2): rows are stored here first, in this object's
// SQLite, and written to Postgres in batches by the alarm. While Postgres is down they wait and the
// alarm retries with backoff; a row leaves only after its batch committed, so none is ever lost.
import { DurableObject } from 'cloudflare:workers';
import { loadConfig } from '../../worker/src/config.ts';
import { openDatabase, type Db } from '../../worker/src/db/client.ts';
import { writeLogBatch } from '../../worker/src/db/queries/request-log.ts';
import { readSettings } from '../../worker/src/db/queries/settings.ts';
import { createLogger } from '../../worker/src/log.ts';
import type { LogRow } from '../../worker/src/request-log/log-row.ts';
import { runtimeSettingsOf } from '../../worker/src/settings/runtime-settings.ts';
import { timeoutRace } from '../../worker/src/timeout-race.ts';
import { retryDelayMs } from './retry-delay.ts';

/** Rows gather this long before the first write, so they go in batches. */
const gatherMs = 1_000;
const batchSize = 250;
/**
 * A write still running after this is abandoned and retried, so a database connection that died
 * without an error cannot wedge the outbox: retried batches are skipped by Postgres, never doubled.
 */
const writeDeadlineMs = 30_000;

export interface FlushResult {
  written: number;
  pending: number;
  error?: string;
}

export class LogOutbox extends DurableObject {
  private failures = 0;
  private flushing: Promise<FlushResult> | undefined;

  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env as never);
    ctx.storage.sql.exec('create table if not exists pending (seq integer primary key autoincrement, row text not null)');
  }

  /** Stores rows durably and makes sure a flush is scheduled. */
  async append(rows: LogRow[]): Promise<{ pending: number }> {
    for (const row of rows) this.ctx.storage.sql.exec('insert into pending (row) values (?)', JSON.stringify(row));
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + gatherMs);
    return { pending: this.pending() };
  }

  pending(): number {
    return Number(this.ctx.storage.sql.exec('select count(*) as n from pending').one().n);
  }

  override async alarm(): Promise<void> {
    await this.flush();
  }

  /** Writes everything pending; concurrent callers share the run in progress. */
  flush(): Promise<FlushResult> {
    this.flushing ??= this.writeAll().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async writeAll(): Promise<FlushResult> {
    const config = loadConfig(this.env as object);
    const log = createLogger(config.LOG_LEVEL, { component: 'log-outbox' });
    if (config.DATABASE_URL === undefined) return { written: 0, pending: this.pending(), error: 'DATABASE_URL is not set' };
    const database = openDatabase({ url: config.DATABASE_URL, wsProxy: config.NEON_WS_PROXY });
    const progress = { written: 0, abandoned: false };
    try {
      const outcome = await timeoutRace(this.writePending(database.db, config.TZ, progress), writeDeadlineMs);
      if (outcome === 'timeout') {
        progress.abandoned = true;
        throw new Error(`the database did not answer within ${writeDeadlineMs / 1000} s`);
      }
      this.failures = 0;
      return { written: progress.written, pending: 0 };
    } catch (error) {
      this.failures += 1;
      const pending = this.pending();
      // drizzle's "Failed query" carries the database's own reason as its cause.
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      const message = `${error instanceof Error ? error.message.split('\n')[0] : String(error)}${cause}`;
      log.warn('Request log write failed; rows wait in the outbox', { pending, attempt: this.failures, error: message });
      await this.ctx.storage.setAlarm(Date.now() + retryDelayMs(this.failures));
      return { written: progress.written, pending, error: message };
    } finally {
      await database.close();
    }
  }

  /** Writes batches until none is pending, or until the run was abandoned. */
  private async writePending(db: Db, defaultTimeZone: string, progress: { written: number; abandoned: boolean }): Promise<void> {
    // Rollup days are days in the time zone setting, read fresh: the database is open anyway.
    const { timeZone } = runtimeSettingsOf(await readSettings(db), defaultTimeZone);
    while (!progress.abandoned) {
      const batch = this.ctx.storage.sql
        .exec<{ seq: number; row: string }>('select seq, row from pending order by seq limit ?', batchSize)
        .toArray();
      if (batch.length === 0) return;
      await writeLogBatch(db, batch.map((b) => JSON.parse(b.row) as LogRow), timeZone);
      this.ctx.storage.sql.exec('delete from pending where seq <= ?', batch.at(-1)?.seq ?? 0);
      progress.written += batch.length;
    }
  }
}
