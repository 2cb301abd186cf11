// The only place that names ProviderGate instances (`provider:<id>`). Failure policy: if a gate cannot
// be reached, the provider is treated as CLOSED and unlimited for this request (fail-open) and the log
// says `Provider gate skipped (fail-open)` at warn: a gate outage must not take every provider down.
import type { Logger } from '../../worker/src/log.ts';
import type { ProviderGate } from './provider-gate.ts';

export interface ProviderGateBinding {
  PROVIDER_GATE: DurableObjectNamespace<ProviderGate>;
}

export function providerGateStub(env: ProviderGateBinding, providerId: number): DurableObjectStub<ProviderGate> {
  return env.PROVIDER_GATE.get(env.PROVIDER_GATE.idFromName(`provider:${providerId}`));
}

/** Runs one call on a gate; a thrown or unreachable object yields undefined and the fail-open log. */
export async function callProviderGate<T>(
  env: ProviderGateBinding,
  providerId: number,
  run: (stub: DurableObjectStub<ProviderGate>) => Promise<T>,
  log: Logger,
): Promise<T | undefined> {
  try {
    return await run(providerGateStub(env, providerId));
  } catch (error) {
    log.warn('Provider gate skipped (fail-open)', { providerId, error });
    return undefined;
  }
}
