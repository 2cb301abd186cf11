// The ProviderGate Durable Object (§4.3, §4.6): one per provider, so every isolate and location sees
// the same breaker, sessions and spend. It runs the pure reducers of this folder, persists with one
// put per call, and drives OPEN → HALF-OPEN (and smart probes) from its single alarm.
import { DurableObject } from 'cloudflare:workers';
import type { Env } from '../../worker/src/env.ts';
import { loadConfig, type Config } from '../../worker/src/config.ts';
import { cacheFromConfig } from '../../worker/src/cache/shared-cache.ts';
import { createLogger, type Logger } from '../../worker/src/log.ts';
import { notifyEvent } from '../../worker/src/notifications/dispatch-event.ts';
import { breakerOpenedMessage } from '../../worker/src/notifications/event-messages.ts';
import { acquire, type AcquireResult } from './acquire.ts';
import { applyProbe, nextTransitionAt, onAlarm, resetCircuit, type GateTransition } from './breaker-controls.ts';
import { writeBreakerSnapshot } from './breaker-snapshot.ts';
import type { BreakerEvent } from './circuit-breaker.ts';
import type { ProviderGatePolicy } from './gate-policy.ts';
import { createGateState, type ProviderGateState } from './gate-state.ts';
import { health, type ProviderHealth } from './health.ts';
import { runProbe, type ProbeSettings } from './run-probe.ts';
import { settle, type GateSettlement } from './settle.ts';

export interface GateProvider {
  id: number;
  name: string;
}

interface StoredGate {
  state: ProviderGateState;
  /** The latest policy and provider a caller passed; the alarm and admin calls use them. */
  policy: ProviderGatePolicy | null;
  provider: GateProvider | null;
  /** Null unless the latest caller had smart probing on. */
  probe: ProbeSettings | null;
  /** When the alarm is set for; null = none. */
  alarmAt: number | null;
}

export interface GateAcquireInput {
  provider: GateProvider;
  policy: ProviderGatePolicy;
  sessionId: string;
  /** Smart probing (§4.6), present while ENABLE_SMART_PROBING is on. */
  probe?: ProbeSettings;
  now?: number;
}

const storageKey = 'gate';

export class ProviderGate extends DurableObject<Env> {
  private stored: StoredGate = { state: createGateState(), policy: null, provider: null, probe: null, alarmAt: null };

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    void ctx.blockConcurrencyWhile(async () => {
      const saved = await ctx.storage.get<StoredGate>(storageKey);
      if (saved !== undefined) this.stored = saved;
    });
  }

  /** Admits one attempt to the provider or says why not (breaker, sessions, spend). */
  async acquire(input: GateAcquireInput): Promise<AcquireResult> {
    const now = input.now ?? Date.now();
    const step = acquire(this.stored.state, { sessionId: input.sessionId }, input.policy, now);
    const probe = input.probe ?? null;
    await this.commit({ ...this.stored, state: step.state, policy: input.policy, provider: input.provider, probe }, step.events, now);
    return step.result;
  }

  /** The end of an attempt: breaker outcome, spend and session. */
  async settle(input: GateSettlement & { policy?: ProviderGatePolicy; now?: number }): Promise<{ ok: boolean }> {
    const policy = input.policy ?? this.stored.policy;
    if (policy === null) return { ok: false };
    const now = input.now ?? Date.now();
    const step = settle(this.stored.state, input, policy, now);
    await this.commit({ ...this.stored, state: step.state, policy }, step.events, now);
    return { ok: true };
  }

  /** GET /providers/health; null before the gate has seen any policy. */
  health(input: { policy?: ProviderGatePolicy; now?: number } = {}): ProviderHealth | null {
    const policy = input.policy ?? this.stored.policy;
    return policy === null ? null : health(this.stored.state, policy, input.now ?? Date.now());
  }

  /** The admin reset button: CLOSED with no failures. */
  async resetCircuit(input: { now?: number } = {}): Promise<{ ok: true }> {
    const now = input.now ?? Date.now();
    await this.apply(resetCircuit(this.stored.state, now), now);
    return { ok: true };
  }

  /** OPEN → HALF-OPEN when the open time is over; before that, a smart probe when enabled. */
  override async alarm(): Promise<void> {
    // An alarm never runs before its time, so that time is a lower bound for now (tests run it early).
    const now = Math.max(Date.now(), this.stored.alarmAt ?? 0);
    const policy = this.stored.policy;
    if (policy === null) return;
    const step = onAlarm(this.stored.state, policy, now);
    if (step.events.length > 0 || step.state.breaker.status !== 'open') return this.apply(step, now);
    const settings = this.stored.probe;
    if (settings !== null) {
      const probe = await runProbe(settings.target, { ENCRYPTION_KEY: this.config().ENCRYPTION_KEY, timeoutMs: settings.timeoutMs });
      this.logger().info('Smart probe finished', probe);
      const after = Math.max(Date.now(), now);
      return this.apply(applyProbe(this.stored.state, { ok: probe.ok }, after), after);
    }
    return this.apply(step, now);
  }

  private apply(step: GateTransition, now: number): Promise<void> {
    return this.commit({ ...this.stored, state: step.state }, step.events, now);
  }

  /** Saves the state (in memory before any await), then reports transitions and sets the alarm. */
  private async commit(next: StoredGate, events: readonly BreakerEvent[], now: number): Promise<void> {
    const at = this.alarmTime(next, now);
    const reschedule = at !== null && (next.alarmAt === null || next.alarmAt > at || next.alarmAt <= now);
    this.stored = reschedule ? { ...next, alarmAt: at } : next;
    await Promise.all([
      this.ctx.storage.put(storageKey, this.stored),
      reschedule ? this.ctx.storage.setAlarm(at) : undefined,
      events.length > 0 ? this.report(events) : undefined,
    ]);
  }

  /** The breaker's next transition, or the next smart probe before it. */
  private alarmTime(next: StoredGate, now: number): number | null {
    const transition = nextTransitionAt(next.state);
    if (transition === null) return null;
    return next.probe === null ? transition : Math.min(transition, now + next.probe.intervalMs);
  }

  private async report(events: readonly BreakerEvent[]): Promise<void> {
    const provider = this.stored.provider;
    if (provider === null) return;
    const log = this.logger();
    for (const event of events) {
      if (event.type === 'opened') {
        log.warn(`Circuit breaker is OPEN for provider ${provider.name}`, {
          consecutiveFailures: event.consecutiveFailures,
          reopenAt: new Date(event.halfOpenAt).toISOString(),
        });
        this.notifyOpened(provider, event, log);
      } else log.info(`Circuit breaker is ${event.type === 'closed' ? 'CLOSED' : 'HALF-OPEN'} for provider ${provider.name}`, { cause: event.cause });
    }
    const { breaker } = this.stored.state;
    const config = this.config();
    const cache = cacheFromConfig(config, log);
    await writeBreakerSnapshot(cache, provider.id, { state: breaker.status, reopenAt: breaker.halfOpenAt });
  }

  /**
   * Sends the breaker-opened notification (§8.3) in the background: the caller that tripped the
   * breaker does not wait for robots, and a failed delivery is only logged.
   */
  private notifyOpened(provider: GateProvider, event: Extract<BreakerEvent, { type: 'opened' }>, log: Logger): void {
    const message = breakerOpenedMessage({
      provider: provider.name,
      consecutiveFailures: event.consecutiveFailures,
      reopenAt: event.halfOpenAt,
      now: event.at,
    });
    this.ctx.waitUntil(notifyEvent(this.env as object, 'circuit_breaker_open', () => Promise.resolve(message), log));
  }

  private config(): Config {
    return loadConfig(this.env as object);
  }

  private logger(): Logger {
    const provider = this.stored.provider;
    return createLogger(this.config().LOG_LEVEL, provider === null ? {} : { providerId: provider.id });
  }
}
