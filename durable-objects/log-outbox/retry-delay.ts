// Backoff between outbox write attempts while Postgres is unreachable: 2 s doubling to a minute.

export function retryDelayMs(failures: number): number {
  return Math.min(2_000 * 2 ** Math.max(failures - 1, 0), 60_000);
}
