// Pure helpers for timing a server-sent event stream from the client's side: cut arriving text into
// whole events, and tell from the gaps between events whether they were batched on the way.

/** Appends `chunk` to what is pending and returns the complete events plus the unfinished rest. */
export function splitEvents(pending: string, chunk: string): { events: string[]; rest: string } {
  const parts = (pending + chunk).replace(/\r\n/g, '\n').split('\n\n');
  const rest = parts.pop() ?? '';
  return { events: parts.filter((event) => event.trim() !== ''), rest };
}

export function gapsBetween(times: readonly number[]): number[] {
  return times.slice(1).map((time, i) => time - (times[i] as number));
}

/** Share of gaps shorter than half the upstream's pause: events that arrived together. */
export function collapsedShare(gaps: readonly number[], delayMs: number): number {
  if (gaps.length === 0) return Number.NaN;
  return gaps.filter((gap) => gap < delayMs / 2).length / gaps.length;
}
