// Finalize's limits step: settles the request's cost at its Limiters and, when that cost pushed a
// USD limit across the alert share, sends the spend alert (§5, §8.3). Crossings are only asked for
// when the request cost something against a principal with a USD limit.
import type { Logger } from '../log.ts';
import { alertShareOf, hasSpendLimit, notifySpendCrossings } from '../notifications/spend-alerts.ts';
import type { RuntimeSettings } from '../settings/runtime-settings.ts';
import { settleLimits, type LimitAdmission, type LimitsContext } from './admit-limits.ts';

export async function settleSpend(
  limits: { admission: LimitAdmission; ctx: LimitsContext },
  settlement: { costUsd: number; sessionId: string },
  deps: { env: object; settings: RuntimeSettings; log: Logger },
): Promise<void> {
  const watched = settlement.costUsd > 0 && limits.admission.admitted.some((level) => hasSpendLimit(level.policy));
  const alertShare = watched ? alertShareOf(deps.settings) : undefined;
  const crossings = await settleLimits(limits.admission, alertShare === undefined ? settlement : { ...settlement, alertShare }, limits.ctx);
  if (crossings.length > 0) await notifySpendCrossings(deps.env, crossings, deps.log);
}
