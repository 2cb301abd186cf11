// The only place that names Limiter instances (`key:<id>`, `user:<id>`). Failure policy: fail-open.
// If the object cannot be reached, the request proceeds unlimited and the log says
// `Rate limit skipped (fail-open)` at warn: an outage of the limits must not become an outage of the
// gateway (§5).
import type { Logger } from '../../worker/src/log.ts';
import type { Limiter } from './limiter.ts';

export interface LimiterBinding {
  LIMITER: DurableObjectNamespace<Limiter>;
}

export type LimiterScope = 'key' | 'user';

export function limiterStub(env: LimiterBinding, scope: LimiterScope, id: number): DurableObjectStub<Limiter> {
  return env.LIMITER.get(env.LIMITER.idFromName(`${scope}:${id}`));
}

/** Runs one call on a Limiter; a thrown or unreachable object yields undefined and the fail-open log. */
export async function callLimiter<T>(
  env: LimiterBinding,
  target: { scope: LimiterScope; id: number },
  run: (stub: DurableObjectStub<Limiter>) => Promise<T>,
  log: Logger,
): Promise<T | undefined> {
  try {
    return await run(limiterStub(env, target.scope, target.id));
  } catch (error) {
    log.warn('Rate limit skipped (fail-open)', { limiter: `${target.scope}:${target.id}`, error });
    return undefined;
  }
}

/**
 * For admin writes of a user's or key's `enabled`/`expiresAt`: the Limiter refuses with the new status
 * on the next request even where the principal is still cached (§3.2). Says whether it was delivered.
 */
export async function pushLimiterStatus(
  env: LimiterBinding,
  target: { scope: LimiterScope; id: number },
  status: { enabled: boolean; expiresAt: number | null },
  log: Logger,
): Promise<boolean> {
  const done = await callLimiter(env, target, async (stub): Promise<{ ok: true }> => await stub.setStatus(status), log);
  return done !== undefined;
}
