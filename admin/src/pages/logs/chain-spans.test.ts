// Placing provider-chain attempts on the detail page's timeline.
import { describe, expect, it } from 'vitest';
import { spansOf } from './chain-spans.ts';

describe('spansOf', () => {
  it('places a failed attempt and its failover on one time axis', () => {
    const spans = spansOf([
      { startedAt: 1_000, durationMs: 300 },
      { startedAt: 1_400, durationMs: 600 },
    ]);
    expect(spans).toEqual([
      { offset: 0, width: 30 },
      { offset: 40, width: 60 },
    ]);
  });

  it('keeps an instant attempt visible', () => {
    expect(spansOf([{ startedAt: 5, durationMs: 0 }])).toEqual([{ offset: 0, width: 1 }]);
    expect(spansOf([])).toEqual([]);
  });
});
