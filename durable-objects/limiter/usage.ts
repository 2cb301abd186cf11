// Every limit of a Limiter with its current value, maximum and reset time, for /v1/usage, the
// x-ratelimit-* headers and the admin UI.
import { LIMIT_NAMES, type LimitPolicy, type LimitUsage } from './limit-policy.ts';
import type { LimiterState } from './limiter-state.ts';
import { measureLimit } from './measure-limits.ts';

export function usage(state: LimiterState, policy: LimitPolicy, now: number): LimitUsage[] {
  return LIMIT_NAMES.map((limit) => measureLimit(state, policy, limit, now));
}
