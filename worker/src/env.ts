// The worker's bindings. Vars and secrets are read through config.ts, never straight from here.
import type { MigratorBinding } from '../../durable-objects/migrator/stub.ts';

export interface Env extends MigratorBinding {
  /** Local tests only: the Node-side control server (see test/support). */
  TEST_CONTROL_URL?: string;
}
