// Watchdog for the embedded database: probes it on an interval and restarts it once it stops
// answering, because a wedged PGlite never recovers on its own (SPEC §1).
import type { PgliteServer } from './pglite-server.ts';

export interface WatchPgliteOptions {
  intervalMs: number;
  /** Deadline of each probe; defaults to `intervalMs`. */
  timeoutMs?: number;
  /** Consecutive failed probes that trigger a restart; one slow probe under load is not a wedge. */
  failuresBeforeRestart?: number;
  onRestart?: () => void;
  onError?: (error: unknown) => void;
}

/** Starts watching `server`; the returned function stops the watchdog. */
export function watchPglite(
  server: Pick<PgliteServer, 'healthy' | 'restart'>,
  options: WatchPgliteOptions,
): () => void {
  const threshold = options.failuresBeforeRestart ?? 2;
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    const ok = await server.healthy(options.timeoutMs ?? options.intervalMs);
    if (stopped) return;
    failures = ok ? 0 : failures + 1;
    if (failures < threshold) return;
    failures = 0;
    await server.restart();
    options.onRestart?.();
  };
  const report = options.onError ?? ((error: unknown) => console.error('pglite watchdog:', error));
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void check().catch(report).finally(schedule), options.intervalMs);
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
