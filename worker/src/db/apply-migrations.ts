// Applies pending drizzle-kit migrations, compatible with drizzle's own migrator table, inside one
// transaction under an advisory lock, so concurrent runners (worker, `npm run db:migrate`) never clash.

export interface MigrationFile {
  /** drizzle-kit's tag, e.g. `0000_init`. */
  tag: string;
  /** drizzle-kit's `when` (ms): migrations newer than the last applied one run. */
  when: number;
  sql: string;
}

export interface SqlSession {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export interface MigrationResult {
  applied: string[];
  /** Tag of the newest migration in the database, or null when none ran yet. */
  version: string | null;
}

export class MigrationError extends Error {
  readonly tag: string;

  constructor(tag: string, cause: unknown) {
    super(`${tag}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'MigrationError';
    this.tag = tag;
  }
}

const lockId = 7_319_414_020; // any constant shared by every runner of this project

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function statementsOf(sql: string): string[] {
  return sql
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export async function appliedVersion(session: SqlSession, files: MigrationFile[]): Promise<string | null> {
  const exists = await session.query(`select to_regclass('drizzle.__drizzle_migrations') as t`);
  if (exists.rows[0]?.t === null || exists.rows[0]?.t === undefined) return null;
  const last = await session.query(
    'select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1',
  );
  const when = last.rows[0]?.created_at;
  if (when === undefined || when === null) return null;
  return files.find((f) => f.when === Number(when))?.tag ?? `unknown (${String(when)})`;
}

export async function applyMigrations(session: SqlSession, files: MigrationFile[]): Promise<MigrationResult> {
  const ordered = [...files].sort((a, b) => a.when - b.when);
  await session.query('begin');
  const applied: string[] = [];
  let current = 'setup';
  try {
    await session.query('select pg_advisory_xact_lock($1)', [lockId]);
    await session.query('create schema if not exists drizzle');
    await session.query(
      'create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)',
    );
    const last = await session.query(
      'select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1',
    );
    const lastWhen = Number(last.rows[0]?.created_at ?? -1);
    for (const file of ordered) {
      if (file.when <= lastWhen) continue;
      current = file.tag;
      for (const statement of statementsOf(file.sql)) await session.query(statement);
      await session.query('insert into drizzle.__drizzle_migrations (hash, created_at) values ($1, $2)', [
        await sha256Hex(file.sql),
        file.when,
      ]);
      applied.push(file.tag);
    }
    await session.query('commit');
  } catch (error) {
    await session.query('rollback').catch(() => {});
    throw new MigrationError(current, error);
  }
  return { applied, version: await appliedVersion(session, files) };
}
