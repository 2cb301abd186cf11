// The worker's bindings. Vars and secrets are read through config.ts, never straight from here.
import type { LimiterBinding } from '../../durable-objects/limiter/stub.ts';
import type { LogOutboxBinding } from '../../durable-objects/log-outbox/stub.ts';
import type { MigratorBinding } from '../../durable-objects/migrator/stub.ts';
import type { ProviderGateBinding } from '../../durable-objects/provider-gate/stub.ts';

export interface Env extends MigratorBinding, LimiterBinding, ProviderGateBinding, LogOutboxBinding {
  /** Local tests only: the Node-side control server (see test/support). */
  TEST_CONTROL_URL?: string;
}
