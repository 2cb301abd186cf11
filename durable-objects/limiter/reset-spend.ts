// The admin reset of a user's or key's spend windows (§5, POST /users/:id/limits/reset).
import type { LimiterState } from './limiter-state.ts';
import { emptyLedger } from './spend-ledger.ts';

/**
 * The admin reset (§5): empties every spend window including the total. Requests in flight keep their
 * reservations and are charged when they settle; RPM and sessions are not spend and stay as they are.
 */
export function resetSpend(state: LimiterState, now: number): LimiterState {
  return { ...state, spend: emptyLedger(), spendResetAt: now };
}
