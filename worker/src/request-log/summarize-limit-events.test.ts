import { describe, expect, it } from 'vitest';
import { bucketOf, limitEventWindow, limitSeries, summarizeLimitEvents } from './summarize-limit-events.ts';

const at = (iso: string) => new Date(iso);

describe('summarizeLimitEvents', () => {
  it('adds up the counts by limit and by user, most events first', () => {
    const { byType, byUser } = summarizeLimitEvents([
      { limit: 'rpm', userId: 1, userName: 'ann', events: 3, lastAt: at('2026-11-22T08:00:00Z') },
      { limit: 'daily', userId: 1, userName: 'ann', events: 1, lastAt: at('2026-11-22T09:00:00Z') },
      { limit: 'rpm', userId: 2, userName: 'bo', events: 5, lastAt: at('2026-11-22T07:00:00Z') },
      { limit: 'authThrottle', userId: null, userName: null, events: 2, lastAt: at('2026-11-22T06:00:00Z') },
    ]);
    expect(byType).toEqual([
      { limit: 'rpm', events: 8, users: 2, lastAt: '2026-11-22T08:00:00.000Z' },
      { limit: 'authThrottle', events: 2, users: 0, lastAt: '2026-11-22T06:00:00.000Z' },
      { limit: 'daily', events: 1, users: 1, lastAt: '2026-11-22T09:00:00.000Z' },
    ]);
    expect(byUser).toEqual([
      { user: { id: 2, name: 'bo' }, events: 5, byType: { rpm: 5 }, lastAt: '2026-11-22T07:00:00.000Z' },
      { user: { id: 1, name: 'ann' }, events: 4, byType: { rpm: 3, daily: 1 }, lastAt: '2026-11-22T09:00:00.000Z' },
      { user: null, events: 2, byType: { authThrottle: 2 }, lastAt: '2026-11-22T06:00:00.000Z' },
    ]);
  });

  it('is empty without events', () => {
    expect(summarizeLimitEvents([])).toEqual({ byType: [], byUser: [] });
  });
});

describe('limitEventWindow', () => {
  const now = Date.parse('2026-11-22T08:30:00Z');

  it('covers the last 24 hours by UTC hour', () => {
    const window = limitEventWindow('1d', now, 'Asia/Shanghai');
    expect(window.size).toBe('hour');
    expect(window.buckets).toHaveLength(24);
    expect(window.buckets[0]).toBe('2026-11-21T09:00:00Z');
    expect(window.buckets.at(-1)).toBe('2026-11-22T08:00:00Z');
    expect(window.from.toISOString()).toBe('2026-11-21T09:00:00.000Z');
  });

  it('covers the last N days by local day, from local midnight', () => {
    const window = limitEventWindow('7d', now, 'Asia/Shanghai');
    expect(window.size).toBe('day');
    expect(window.buckets).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
    expect(window.from.toISOString()).toBe('2026-11-15T16:00:00.000Z');
  });
});

describe('bucketOf', () => {
  it('names the hour in UTC and the day in the zone', () => {
    const instant = Date.parse('2026-11-22T20:15:00Z');
    expect(bucketOf(instant, 'hour', 'Asia/Shanghai')).toBe('2026-11-22T20:00:00Z');
    expect(bucketOf(instant, 'day', 'Asia/Shanghai')).toBe('2026-11-23');
    expect(bucketOf(instant, 'day', 'UTC')).toBe('2026-11-22');
  });
});

describe('limitSeries', () => {
  it('gives every bucket a point, empty ones as zeros, and drops counts outside the window', () => {
    const series = limitSeries(
      [
        { bucket: '2026-11-21', limit: 'rpm', events: 2 },
        { bucket: '2026-11-21', limit: 'daily', events: 1 },
        { bucket: '2026-11-01', limit: 'rpm', events: 9 },
      ],
      ['2026-11-20', '2026-11-21'],
    );
    expect(series).toEqual([
      { bucket: '2026-11-20', total: 0, byType: {} },
      { bucket: '2026-11-21', total: 3, byType: { rpm: 2, daily: 1 } },
    ]);
  });
});
