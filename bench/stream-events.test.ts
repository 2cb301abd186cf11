import { describe, expect, it } from 'vitest';
import { collapsedShare, gapsBetween, splitEvents } from './stream-events.ts';

describe('splitEvents', () => {
  it('returns whole events and keeps the unfinished rest, wherever the chunks are cut', () => {
    const stream = 'event: a\ndata: 1\n\nevent: b\r\ndata: 2\r\n\r\nevent: c\ndata: 3\n\n';
    for (let cut = 0; cut <= stream.length; cut++) {
      const first = splitEvents('', stream.slice(0, cut));
      const second = splitEvents(first.rest, stream.slice(cut));
      expect([...first.events, ...second.events]).toEqual(['event: a\ndata: 1', 'event: b\ndata: 2', 'event: c\ndata: 3']);
      expect(second.rest).toBe('');
    }
  });
});

describe('gap checks', () => {
  it('measures the gaps between arrivals', () => {
    expect(gapsBetween([0, 20, 41, 60])).toEqual([20, 21, 19]);
    expect(gapsBetween([5])).toEqual([]);
  });

  it('counts gaps under half the upstream pause as collapsed', () => {
    expect(collapsedShare([20, 21, 19, 20], 20)).toBe(0);
    expect(collapsedShare([40, 0.1, 40, 0.2], 20)).toBe(0.5);
    expect(collapsedShare([], 20)).toBeNaN();
  });
});
