import { describe, expect, it } from 'vitest';
import { MemoryCache } from './memory-cache.ts';

describe('MemoryCache', () => {
  it('returns a value until its time to live has passed', () => {
    const cache = new MemoryCache();
    cache.set('k', { a: 1 }, 10, 1_000);
    expect(cache.get('k', 10_999)).toEqual({ a: 1 });
    expect(cache.get('k', 11_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the oldest write when full', () => {
    const cache = new MemoryCache(2);
    cache.set('a', 1, 60, 0);
    cache.set('b', 2, 60, 0);
    cache.set('a', 3, 60, 0);
    cache.set('c', 4, 60, 0);
    expect(cache.get('b', 0)).toBeUndefined();
    expect(cache.get('a', 0)).toBe(3);
    expect(cache.get('c', 0)).toBe(4);
  });
});
