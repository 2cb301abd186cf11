// The limits step (§5): one admit RPC to the key's and one to the user's Limiter, in parallel, before
// selection. A refusal is a 429 naming the strictest limit with the x-ratelimit-* headers; a principal
// the object knows as disabled or expired gets authenticate's 401. Settling happens in finalize.
import type { AdmitResult } from '../../../durable-objects/limiter/admit.ts';
import { formatLimitMessage } from '../../../durable-objects/limiter/format-limit-message.ts';
import type { LimitPolicy, LimitRejection } from '../../../durable-objects/limiter/limit-policy.ts';
import { pickStrictestRejection } from '../../../durable-objects/limiter/pick-strictest.ts';
import { rateLimitHeaders } from '../../../durable-objects/limiter/rate-limit-headers.ts';
import { callLimiter, type LimiterBinding, type LimiterScope } from '../../../durable-objects/limiter/stub.ts';
import type { LimiterSettleResult } from '../../../durable-objects/limiter/limiter.ts';
import type { PrincipalCrossing } from '../notifications/spend-alerts.ts';
import type { Config } from '../config.ts';
import { ProxyError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Principal, PrincipalPart } from './principal.ts';

/** What finalize needs to settle: each Limiter that admitted the request, with its reservation. */
export interface LimitAdmission {
  admitted: { scope: LimiterScope; id: number; policy: LimitPolicy; reservationId: string | null }[];
}

export interface LimitsContext {
  env: LimiterBinding;
  config: Pick<Config, 'ENABLE_RATE_LIMIT' | 'SESSION_TTL'>;
  /** The zone of the daily, weekly and monthly windows: the system setting, else TZ. */
  timeZone: string;
  log: Logger;
  now?: number;
}

export function limitPolicyOf(part: PrincipalPart, config: Pick<Config, 'SESSION_TTL'>, timeZone: string): LimitPolicy {
  return {
    enabled: part.enabled,
    expiresAt: part.expiresAt,
    rpmLimit: part.rpmLimit,
    limit5hUsd: part.limit5hUsd,
    dailyLimitUsd: part.dailyLimitUsd,
    dailyResetMode: part.dailyResetMode,
    dailyResetTime: part.dailyResetTime,
    limitWeeklyUsd: part.limitWeeklyUsd,
    limitMonthlyUsd: part.limitMonthlyUsd,
    limitTotalUsd: part.limitTotalUsd,
    limitConcurrentSessions: part.limitConcurrentSessions,
    timeZone,
    sessionTtlSeconds: config.SESSION_TTL,
  };
}

const refusedPrincipal: Record<LimiterScope, Record<'disabled' | 'expired', [string, string]>> = {
  key: { disabled: ['Key is disabled', 'key_disabled'], expired: ['Key has expired', 'key_expired'] },
  user: { disabled: ['User is disabled', 'user_disabled'], expired: ['User has expired', 'user_expired'] },
};

export async function admitLimits(principal: Principal, sessionId: string, ctx: LimitsContext): Promise<LimitAdmission> {
  if (!ctx.config.ENABLE_RATE_LIMIT) return { admitted: [] };
  const now = ctx.now ?? Date.now();
  const levels = [
    { scope: 'key' as const, id: principal.key.id, policy: limitPolicyOf(principal.key, ctx.config, ctx.timeZone) },
    { scope: 'user' as const, id: principal.user.id, policy: limitPolicyOf(principal.user, ctx.config, ctx.timeZone) },
  ];
  const results: (AdmitResult | undefined)[] = await Promise.all(
    levels.map((level) =>
      callLimiter(
        ctx.env,
        level,
        async (stub): Promise<AdmitResult> => await stub.admit({ policy: level.policy, sessionId, now }),
        ctx.log,
      ),
    ),
  );
  const admitted: LimitAdmission['admitted'] = [];
  const rejections: LimitRejection[] = [];
  for (const [index, level] of levels.entries()) {
    const result = results[index];
    if (result === undefined) continue;
    if (result.ok) admitted.push({ ...level, reservationId: result.reservationId });
    else if (result.reason === 'limit') rejections.push(result);
    else {
      const [message, code] = refusedPrincipal[level.scope][result.reason];
      throw new ProxyError('unauthorized', message, { code });
    }
  }
  const strictest = pickStrictestRejection(rejections);
  if (strictest !== null) {
    throw new ProxyError('rate_limited', formatLimitMessage(strictest), {
      code: 'rate_limit_exceeded',
      headers: rateLimitHeaders(strictest, now),
      limitName: strictest.limit,
    });
  }
  return { admitted };
}

/**
 * After the response: records the cost at every Limiter that admitted the request. With `alertShare`,
 * answers the USD limits this cost pushed across that share (§8.3 spend alert), per user and key.
 */
export async function settleLimits(
  admission: LimitAdmission,
  settlement: { costUsd: number; sessionId: string; alertShare?: number },
  ctx: LimitsContext,
): Promise<PrincipalCrossing[]> {
  const settled = await Promise.all(
    admission.admitted.map(async (level) => {
      const result = await callLimiter(
        ctx.env,
        level,
        async (stub): Promise<LimiterSettleResult> => await stub.settle({ ...settlement, reservationId: level.reservationId, policy: level.policy }),
        ctx.log,
      );
      return (result?.crossings ?? []).map((crossing): PrincipalCrossing => ({ ...crossing, scope: level.scope, id: level.id }));
    }),
  );
  return settled.flat();
}
