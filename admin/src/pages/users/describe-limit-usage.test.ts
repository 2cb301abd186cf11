// Drawing a limit's usage as a bar with "used / max".
import { describe, expect, it } from 'vitest';
import { describeLimitUsage, formatUsageValue } from './describe-limit-usage.ts';

describe('describeLimitUsage', () => {
  it('fills the bar by the used share and says used / max', () => {
    expect(describeLimitUsage({ unit: 'usd', current: 2.5, max: 10 })).toEqual({ percent: 25, level: 'ok', amount: '$2.50 / $10.00' });
    expect(describeLimitUsage({ unit: 'requests', current: 3, max: 50 })).toEqual({ percent: 6, level: 'ok', amount: '3 / 50' });
  });

  it('warns from 80% and is full at the maximum, never drawing past it', () => {
    expect(describeLimitUsage({ unit: 'sessions', current: 4, max: 5 }).level).toBe('warn');
    expect(describeLimitUsage({ unit: 'usd', current: 3, max: 1 })).toEqual({ percent: 100, level: 'full', amount: '$3.00 / $1.00' });
  });

  it('shows only the value of a limit that is off', () => {
    expect(describeLimitUsage({ unit: 'usd', current: 6, max: null })).toEqual({ percent: null, level: 'off', amount: '$6.00' });
    expect(describeLimitUsage({ unit: 'requests', current: 0, max: null })).toEqual({ percent: null, level: 'off', amount: '0' });
  });
});

describe('formatUsageValue', () => {
  it('keeps small dollar amounts visible', () => {
    expect(formatUsageValue(0, 'usd')).toBe('$0.00');
    expect(formatUsageValue(0.0042, 'usd')).toBe('$0.0042');
    expect(formatUsageValue(12.345, 'usd')).toBe('$12.35');
  });
});
