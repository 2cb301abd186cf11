// A small shared-cache copy of every non-closed breaker (providerId → state, reopen time), written by
// the gates after each transition, so selection can skip OPEN providers without calling every gate.
// The gates stay authoritative: a stale entry only costs one refused acquire or one skipped provider.
import { breakerSnapshotKey } from '../../worker/src/cache/cache-keys.ts';
import type { Cache } from '../../worker/src/cache/shared-cache.ts';
import { formatResetInstant } from '../limiter/format-limit-message.ts';
import type { BreakerStatus } from './circuit-breaker.ts';

export interface BreakerSnapshotEntry {
  state: BreakerStatus;
  /** When OPEN turns HALF-OPEN; null unless OPEN. */
  reopenAt: number | null;
}

export type BreakerSnapshot = Record<string, BreakerSnapshotEntry>;

// Long enough to outlive any open duration; closed providers leave the map instead of expiring.
const snapshotTtlSeconds = 86_400;

/** Read-modify-write of one provider's entry; closed breakers are removed. */
export async function writeBreakerSnapshot(cache: Cache, providerId: number, entry: BreakerSnapshotEntry): Promise<void> {
  const current = (await cache.get<BreakerSnapshot>(breakerSnapshotKey)) ?? {};
  const next: BreakerSnapshot = { ...current };
  if (entry.state === 'closed') delete next[String(providerId)];
  else next[String(providerId)] = entry;
  await cache.set(breakerSnapshotKey, next, snapshotTtlSeconds);
}

/** Providers whose breaker is OPEN now, with the reason selection reports for them. */
export function openBreakers(snapshot: BreakerSnapshot | undefined, now: number): Map<number, string> {
  const unavailable = new Map<number, string>();
  for (const [id, entry] of Object.entries(snapshot ?? {})) {
    if (entry.state !== 'open') continue;
    if (entry.reopenAt !== null && entry.reopenAt <= now) continue;
    const until = entry.reopenAt === null ? '' : ` until ${formatResetInstant(entry.reopenAt)}`;
    unavailable.set(Number(id), `circuit open${until}`);
  }
  return unavailable;
}
