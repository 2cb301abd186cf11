// AUTO_MIGRATE: before an isolate serves its first request, pending migrations are applied through the
// Migrator object. A database that cannot be reached does not hold requests (they may be served from
// caches); it is retried shortly. A migration that fails answers 503 `Migration failed` until it works.
import type { Config } from '../config.ts';
import type { Env } from '../env.ts';
import { ProxyError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { migratorStub } from '../../../durable-objects/migrator/stub.ts';
import type { MigrationOutcome } from './run-migrations.ts';

const retryAfterMs = { connect: 5_000, migrate: 30_000, unreachable: 5_000 };

type GateState =
  | { kind: 'ready'; version: string | null }
  | { kind: 'failed'; stage: 'connect' | 'migrate' | 'unreachable'; message: string; retryAt: number };

let state: GateState | undefined;
let inflight: Promise<GateState> | undefined;

export function migrationState(): GateState | undefined {
  return state;
}

/** Resolves when requests may be served; throws a 503 ProxyError while a migration is failing. */
export async function ensureMigrated(env: Env, config: Config, log: Logger, now = Date.now()): Promise<void> {
  if (!config.AUTO_MIGRATE || config.DATABASE_URL === undefined) return;
  if (state === undefined || (state.kind === 'failed' && now >= state.retryAt)) {
    inflight ??= attempt(env, log, now).finally(() => {
      inflight = undefined;
    });
    state = await inflight;
  }
  if (state.kind === 'failed' && state.stage === 'migrate') {
    throw new ProxyError('unavailable', state.message, { code: 'migration_failed' });
  }
}

async function attempt(env: Env, log: Logger, now: number): Promise<GateState> {
  let outcome: MigrationOutcome;
  try {
    outcome = await migratorStub(env).ensureMigrated();
  } catch (error) {
    log.warn('Migrator unreachable; serving without waiting for migrations', { error });
    return { kind: 'failed', stage: 'unreachable', message: String(error), retryAt: now + retryAfterMs.unreachable };
  }
  if (outcome.ok) {
    if (outcome.applied.length > 0) log.info('Migrations applied', { applied: outcome.applied });
    return { kind: 'ready', version: outcome.version };
  }
  log.error(outcome.message, { stage: outcome.stage });
  return { kind: 'failed', stage: outcome.stage, message: outcome.message, retryAt: now + retryAfterMs[outcome.stage] };
}

/** Tests only: forget what this isolate knows. */
export function resetMigrationGate(): void {
  state = undefined;
  inflight = undefined;
}
