// Chooses between the user-level and key-level answers (§5: the strictest applies): the refusal that
// lasts longest for Retry-After, the limit closest to exhaustion for the x-ratelimit-* headers.
import type { LimitRejection, LimitUsage } from './limit-policy.ts';

const resetRank = (resetAt: number | null): number => resetAt ?? Number.POSITIVE_INFINITY;

/** The refusal the client must wait out longest; a refusal that never resets wins. */
export function pickStrictestRejection(rejections: readonly LimitRejection[]): LimitRejection | null {
  let strictest: LimitRejection | null = null;
  for (const candidate of rejections) {
    if (!strictest || resetRank(candidate.resetAt) > resetRank(strictest.resetAt)) strictest = candidate;
  }
  return strictest;
}

const shareLeft = (usage: LimitUsage): number =>
  usage.max === null || usage.remaining === null ? Number.POSITIVE_INFINITY : usage.remaining / usage.max;

/**
 * The configured limit with the smallest share left (ties: the one that resets later), across any
 * number of usage lists; null when nothing is limited.
 */
export function pickStrictestUsage(...usageLists: ReadonlyArray<readonly LimitUsage[]>): LimitUsage | null {
  let strictest: LimitUsage | null = null;
  for (const usage of usageLists.flat()) {
    if (usage.max === null) continue;
    if (!strictest) {
      strictest = usage;
      continue;
    }
    const delta = shareLeft(usage) - shareLeft(strictest);
    if (delta < 0 || (delta === 0 && resetRank(usage.resetAt) > resetRank(strictest.resetAt))) strictest = usage;
  }
  return strictest;
}
