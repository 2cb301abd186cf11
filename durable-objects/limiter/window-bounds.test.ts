import { describe, expect, it } from 'vitest';
import { dailyWindow, fromLocal, monthlyWindow, parseResetTime, weeklyWindow, zoneOffsetMs } from './window-bounds.ts';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('zone offsets', () => {
  it('reads fixed and fractional offsets from Intl', () => {
    expect(zoneOffsetMs(at('2026-11-22T00:00:00Z'), 'Asia/Shanghai')).toBe(8 * 3_600_000);
    expect(zoneOffsetMs(at('2026-11-22T00:00:00Z'), 'Asia/Kathmandu')).toBe(5.75 * 3_600_000);
    expect(zoneOffsetMs(at('2026-07-01T00:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(zoneOffsetMs(at('2026-12-01T00:00:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
  });

  it('moves a wall time skipped by spring-forward past the gap', () => {
    const instant = fromLocal({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York');
    expect(iso(instant)).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the earlier instant of a wall time repeated by fall-back', () => {
    const instant = fromLocal({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York');
    expect(iso(instant)).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('dailyWindow', () => {
  it('resets at local midnight in Asia/Shanghai', () => {
    const before = dailyWindow(at('2026-11-22T15:59:59.999Z'), 'Asia/Shanghai', '00:00');
    expect(iso(before.start)).toBe('2026-11-21T16:00:00.000Z');
    expect(iso(before.resetAt)).toBe('2026-11-22T16:00:00.000Z');
    const after = dailyWindow(at('2026-11-22T16:00:00Z'), 'Asia/Shanghai', '00:00');
    expect(iso(after.start)).toBe('2026-11-22T16:00:00.000Z');
    expect(iso(after.resetAt)).toBe('2026-11-23T16:00:00.000Z');
  });

  it('uses the configured reset time of day', () => {
    const beforeReset = dailyWindow(at('2026-11-22T09:59:00Z'), 'Asia/Shanghai', '18:00');
    expect(iso(beforeReset.start)).toBe('2026-11-21T10:00:00.000Z');
    expect(iso(beforeReset.resetAt)).toBe('2026-11-22T10:00:00.000Z');
  });

  it('spans 25 hours on the day New York falls back', () => {
    const day = dailyWindow(at('2026-11-01T12:00:00Z'), 'America/New_York', '00:00');
    expect(iso(day.start)).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(day.resetAt)).toBe('2026-11-02T05:00:00.000Z');
  });

  it('spans 23 hours on the day New York springs forward', () => {
    const day = dailyWindow(at('2026-03-08T12:00:00Z'), 'America/New_York', '00:00');
    expect(iso(day.start)).toBe('2026-03-08T05:00:00.000Z');
    expect(iso(day.resetAt)).toBe('2026-03-09T04:00:00.000Z');
  });

  it('resets at 03:30 when a 02:30 reset time is skipped by DST', () => {
    const day = dailyWindow(at('2026-03-08T06:00:00Z'), 'America/New_York', '02:30');
    expect(iso(day.start)).toBe('2026-03-07T07:30:00.000Z');
    expect(iso(day.resetAt)).toBe('2026-03-08T07:30:00.000Z');
  });

  it('reads an unparseable reset time as midnight', () => {
    expect(parseResetTime('25:00')).toEqual({ hour: 0, minute: 0 });
    expect(parseResetTime('07:05')).toEqual({ hour: 7, minute: 5 });
    expect(dailyWindow(at('2026-11-22T12:00:00Z'), 'UTC', null).start).toBe(at('2026-11-22T00:00:00Z'));
  });
});

describe('weeklyWindow', () => {
  it('resets on Monday 00:00 UTC', () => {
    const sunday = weeklyWindow(at('2026-11-22T23:59:59.999Z'), 'UTC');
    expect(iso(sunday.start)).toBe('2026-11-16T00:00:00.000Z');
    expect(iso(sunday.resetAt)).toBe('2026-11-23T00:00:00.000Z');
    const monday = weeklyWindow(at('2026-11-23T00:00:00Z'), 'UTC');
    expect(iso(monday.start)).toBe('2026-11-23T00:00:00.000Z');
    expect(iso(monday.resetAt)).toBe('2026-11-30T00:00:00.000Z');
  });

  it('resets on Monday 00:00 local time in Asia/Shanghai', () => {
    const week = weeklyWindow(at('2026-11-22T16:00:00Z'), 'Asia/Shanghai');
    expect(iso(week.start)).toBe('2026-11-22T16:00:00.000Z');
    expect(iso(week.resetAt)).toBe('2026-11-29T16:00:00.000Z');
  });

  it('keeps Monday midnight across the New York fall-back week', () => {
    const week = weeklyWindow(at('2026-11-01T12:00:00Z'), 'America/New_York');
    expect(iso(week.start)).toBe('2026-10-26T04:00:00.000Z');
    expect(iso(week.resetAt)).toBe('2026-11-02T05:00:00.000Z');
  });
});

describe('monthlyWindow', () => {
  it('resets on the 1st at 00:00 and rolls over the year', () => {
    const november = monthlyWindow(at('2026-11-30T23:59:59.999Z'), 'UTC');
    expect(iso(november.start)).toBe('2026-11-01T00:00:00.000Z');
    expect(iso(november.resetAt)).toBe('2026-12-01T00:00:00.000Z');
    const december = monthlyWindow(at('2026-12-15T00:00:00Z'), 'UTC');
    expect(iso(december.resetAt)).toBe('2027-01-01T00:00:00.000Z');
  });

  it('follows the local offset on both ends of a month that changes DST', () => {
    const month = monthlyWindow(at('2026-11-10T00:00:00Z'), 'America/New_York');
    expect(iso(month.start)).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(month.resetAt)).toBe('2026-12-01T05:00:00.000Z');
  });

  it('places the local month start in the previous UTC month east of UTC', () => {
    const month = monthlyWindow(at('2026-11-30T16:00:00Z'), 'Asia/Shanghai');
    expect(iso(month.start)).toBe('2026-11-30T16:00:00.000Z');
    expect(iso(month.resetAt)).toBe('2026-12-31T16:00:00.000Z');
  });
});
