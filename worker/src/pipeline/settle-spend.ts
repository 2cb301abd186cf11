// Finalize's limits step: settles the request's cost at its Limiters and, when that cost pushed a
// USD limit across the alert share, sends the spend alert (§5, §8.3). The share is only looked up
// for a request that cost something against a principal with a USD limit.
import type { Cache } from '../cache/shared-cache.ts';
import type { Logger } from '../log.ts';
import { hasSpendLimit, notifySpendCrossings, readAlertShare } from '../notifications/spend-alerts.ts';
import { settleLimits, type LimitAdmission, type LimitsContext } from './admit-limits.ts';

export async function settleSpend(
  limits: { admission: LimitAdmission; ctx: LimitsContext },
  settlement: { costUsd: number; sessionId: string },
  deps: { env: object; cache: Cache; log: Logger },
): Promise<void> {
  const watched = settlement.costUsd > 0 && limits.admission.admitted.some((level) => hasSpendLimit(level.policy));
  const alertShare = watched ? await readAlertShare(deps.cache, deps.env, deps.log) : undefined;
  const crossings = await settleLimits(limits.admission, alertShare === undefined ? settlement : { ...settlement, alertShare }, limits.ctx);
  if (crossings.length > 0) await notifySpendCrossings(deps.env, crossings, deps.log);
}
