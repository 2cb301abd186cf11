import { describe, expect, it } from 'vitest';
import { lastDaysStart, periodStart } from './period-start.ts';

describe('periodStart', () => {
  const sunday = Date.UTC(2026, 10, 22, 20); // Sunday 22 Nov 2026, 20:00 UTC

  it('starts weeks on Monday and months on the 1st, in the configured zone', () => {
    expect(periodStart('daily', sunday, 'UTC')).toBe('2026-11-22');
    expect(periodStart('weekly', sunday, 'UTC')).toBe('2026-11-16');
    expect(periodStart('monthly', sunday, 'UTC')).toBe('2026-11-01');
    // Already Monday 23 Nov in Shanghai: a new week.
    expect(periodStart('weekly', sunday, 'Asia/Shanghai')).toBe('2026-11-23');
  });

  it('counts the last N days with today included, across month ends', () => {
    expect(lastDaysStart(7, Date.UTC(2026, 11, 3), 'UTC')).toBe('2026-11-27');
    expect(lastDaysStart(1, sunday, 'UTC')).toBe('2026-11-22');
  });
});
