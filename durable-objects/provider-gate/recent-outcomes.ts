// A short memory of a provider's latest answers for the health view (§7.2 GET /providers/health):
// bounded by count so the gate state stays small, summarised over a recent time window.

export interface RecentOutcome {
  at: number;
  ok: boolean;
  latencyMs: number | null;
}

export interface RecentSummary {
  windowMs: number;
  requests: number;
  failures: number;
  /** failures / requests; null with no requests. */
  errorRate: number | null;
  /** Over successful requests only: a timeout would otherwise read as slowness. */
  avgLatencyMs: number | null;
  p95LatencyMs: number | null;
}

export const RECENT_CAPACITY = 100;
export const RECENT_WINDOW_MS = 15 * 60_000;

export function pushRecent(recent: readonly RecentOutcome[], entry: RecentOutcome): RecentOutcome[] {
  return [...recent, entry].slice(-RECENT_CAPACITY);
}

export function summarizeRecent(
  recent: readonly RecentOutcome[],
  now: number,
  windowMs: number = RECENT_WINDOW_MS,
): RecentSummary {
  const inWindow = recent.filter((r) => now - r.at < windowMs);
  const failures = inWindow.filter((r) => !r.ok).length;
  const latencies = inWindow
    .filter((r) => r.ok && r.latencyMs !== null)
    .map((r) => r.latencyMs ?? 0)
    .sort((a, b) => a - b);
  const p95 = latencies[Math.max(0, Math.ceil(latencies.length * 0.95) - 1)];
  return {
    windowMs,
    requests: inWindow.length,
    failures,
    errorRate: inWindow.length === 0 ? null : failures / inWindow.length,
    avgLatencyMs: latencies.length === 0 ? null : latencies.reduce((a, b) => a + b, 0) / latencies.length,
    p95LatencyMs: p95 ?? null,
  };
}
