// Which USD limits one settled spend pushed across the alert share (§8.3 spend alert), e.g. 80 % of the
// daily limit. Measured on settled spend only (not reservations), before and after the settle at the
// same instant: settled spend only grows inside a window, so a fixed window crosses at most once; a
// rolling window (5 h, rolling daily) alerts again only after it has dropped back below the share.
import type { LimitName, LimitPolicy } from './limit-policy.ts';
import type { LimiterState } from './limiter-state.ts';
import { measureLimit } from './measure-limits.ts';

export interface SpendCrossing {
  limit: LimitName;
  /** Settled USD after this settle. */
  currentUsd: number;
  maxUsd: number;
  share: number;
  /** When the window's value next drops; null for total. */
  resetAt: number | null;
}

const spendWindows = ['spend5h', 'daily', 'weekly', 'monthly', 'total'] as const;

const settledOnly = (state: LimiterState): LimiterState => ({ ...state, reservations: [] });

/** The spend limits whose settled value went from below `share` × max to at or above it. */
export function findSpendCrossings(
  before: LimiterState,
  after: LimiterState,
  policy: LimitPolicy,
  share: number,
  now: number,
): SpendCrossing[] {
  if (!(share > 0 && share <= 1)) return [];
  const crossings: SpendCrossing[] = [];
  for (const window of spendWindows) {
    const was = measureLimit(settledOnly(before), policy, window, now);
    if (was.max === null) continue;
    const is = measureLimit(settledOnly(after), policy, window, now);
    const threshold = share * was.max;
    if (was.current < threshold && is.current >= threshold) {
      crossings.push({ limit: window, currentUsd: is.current, maxUsd: was.max, share, resetAt: is.resetAt });
    }
  }
  return crossings;
}
