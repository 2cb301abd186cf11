// The Limiter Durable Object (§5): one per user and one per key. It holds that principal's windows and
// runs the pure reducers of this folder on them; the input gate serialises calls, so check-and-reserve
// is exact under concurrency. Each call ends with one storage put of the whole state.
import { DurableObject } from 'cloudflare:workers';
import type { Env } from '../../worker/src/env.ts';
import { admit, type AdmitResult } from './admit.ts';
import type { LimitPolicy, LimitUsage } from './limit-policy.ts';
import { createLimiterState, type LimiterState } from './limiter-state.ts';
import { resetSpend } from './reset-spend.ts';
import { settle } from './settle.ts';
import { findSpendCrossings, type SpendCrossing } from './spend-crossings.ts';
import { usage } from './usage.ts';

/** What an admin write pushes so a disabled or expired principal is refused on the very next request. */
export interface PrincipalStatus {
  enabled: boolean;
  /** Epoch ms; null = never. */
  expiresAt: number | null;
}

interface StoredLimiter {
  state: LimiterState;
  /** The latest policy a caller passed; settle and usage fall back to it. */
  policy: LimitPolicy | null;
  /** Pushed by admin writes; wins over the caller's (possibly cached) enabled and expiresAt. */
  status: PrincipalStatus | null;
}

const storageKey = 'limiter';

export interface LimiterAdmitInput {
  policy: LimitPolicy;
  sessionId: string;
  estimatedCostUsd?: number;
  now?: number;
}

export interface LimiterSettleInput {
  costUsd: number;
  sessionId: string;
  reservationId?: string | null;
  policy?: LimitPolicy;
  now?: number;
  /** Share of a USD limit (0–1) that raises a spend alert (§8.3); absent = no crossings reported. */
  alertShare?: number;
}

export interface LimiterSettleResult {
  ok: boolean;
  /** The USD limits this settle pushed across `alertShare`. */
  crossings: SpendCrossing[];
}

export class Limiter extends DurableObject<Env> {
  private stored: StoredLimiter = { state: createLimiterState(), policy: null, status: null };

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    void ctx.blockConcurrencyWhile(async () => {
      const saved = await ctx.storage.get<StoredLimiter>(storageKey);
      if (saved !== undefined) this.stored = saved;
    });
  }

  /** Checks every limit and, when all pass, reserves the request's place in one step. */
  admit(input: LimiterAdmitInput): Promise<AdmitResult> {
    const now = input.now ?? Date.now();
    const policy = this.effective(input.policy);
    const step = admit(this.stored.state, { sessionId: input.sessionId, estimatedCostUsd: input.estimatedCostUsd ?? 0 }, policy, now);
    return this.save({ ...this.stored, state: step.state, policy: input.policy }).then(() => step.result);
  }

  /** Records the cost of a finished request, releases its reservation, and reports spend-alert crossings. */
  async settle(input: LimiterSettleInput): Promise<LimiterSettleResult> {
    const stored = input.policy ?? this.stored.policy;
    if (stored === null) return { ok: false, crossings: [] };
    const policy = this.effective(stored);
    const now = input.now ?? Date.now();
    const before = this.stored.state;
    const state = settle(before, input, policy, now);
    const crossings = input.alertShare === undefined ? [] : findSpendCrossings(before, state, policy, input.alertShare, now);
    await this.save({ ...this.stored, state });
    return { ok: true, crossings };
  }

  /** The admin reset of every spend window (POST /users/:id/limits/reset, /keys/:id/limits/reset). */
  async resetSpend(input: { now?: number } = {}): Promise<{ ok: true }> {
    await this.save({ ...this.stored, state: resetSpend(this.stored.state, input.now ?? Date.now()) });
    return { ok: true };
  }

  /** Pushed by admin writes of `enabled` or `expiresAt` (SPEC §3.2: effective on the next request). */
  async setStatus(status: PrincipalStatus): Promise<{ ok: true }> {
    await this.save({ ...this.stored, status: { enabled: status.enabled, expiresAt: status.expiresAt } });
    return { ok: true };
  }

  /** Every limit with its current value; with no policy passed, the latest one a request brought. */
  usage(input: { policy?: LimitPolicy; now?: number } = {}): LimitUsage[] {
    const policy = input.policy ?? this.stored.policy;
    if (policy === null) return [];
    return usage(this.stored.state, this.effective(policy), input.now ?? Date.now());
  }

  private effective(policy: LimitPolicy): LimitPolicy {
    const status = this.stored.status;
    return status === null ? policy : { ...policy, enabled: status.enabled, expiresAt: status.expiresAt };
  }

  /** The in-memory state changes before any await, so a concurrent call always sees it. */
  private save(next: StoredLimiter): Promise<void> {
    this.stored = next;
    return this.ctx.storage.put(storageKey, next);
  }
}
