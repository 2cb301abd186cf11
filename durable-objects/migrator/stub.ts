// The only place that names the Migrator instance. Failure policy: if the object cannot be reached,
// callers serve anyway and try again later (fail-open): a request must not wait on a migration lock.
import type { Migrator } from './migrator.ts';

export interface MigratorBinding {
  MIGRATOR: DurableObjectNamespace<Migrator>;
}

export function migratorStub(env: MigratorBinding): DurableObjectStub<Migrator> {
  return env.MIGRATOR.get(env.MIGRATOR.idFromName('migrator'));
}
