// Where each attempt of a provider chain sits on the timeline: its start and length as percentages
// of the whole chain, from the first attempt's start to the last one's end.
import type { ChainEntry } from '../../api/wire-types.ts';

export interface Span {
  offset: number;
  width: number;
}

/** A bar never shrinks below 1% so an instant failure stays visible. */
export function spansOf(chain: ReadonlyArray<Pick<ChainEntry, 'startedAt' | 'durationMs'>>): Span[] {
  if (chain.length === 0) return [];
  const start = Math.min(...chain.map((e) => e.startedAt));
  const end = Math.max(...chain.map((e) => e.startedAt + e.durationMs));
  const total = Math.max(end - start, 1);
  return chain.map((e) => ({ offset: ((e.startedAt - start) / total) * 100, width: Math.max((e.durationMs / total) * 100, 1) }));
}
