import { describe, expect, it } from 'vitest';
import { breakerOpenedMessage, leaderboardMessage, spendAlertMessage } from './event-messages.ts';

const now = Date.parse('2026-11-22T09:00:00Z');

describe('event messages', () => {
  it('says which provider opened and when it is tried again', () => {
    expect(breakerOpenedMessage({ provider: 'p1', consecutiveFailures: 5, reopenAt: Date.parse('2026-11-22T09:01:00Z'), now })).toEqual({
      event: 'circuit_breaker_open',
      title: 'Circuit breaker is OPEN for provider p1',
      lines: ['Provider p1 failed 5 times in a row and is skipped.', 'It is tried again (HALF-OPEN) at 2026-11-22T09:01:00Z.'],
      provider: 'p1',
      time: now,
    });
  });

  it('names the principal, the window and the share of a spend alert', () => {
    const message = spendAlertMessage({ scope: 'key', name: 'ci (alice)', limit: 'weekly', currentUsd: 41.5, maxUsd: 50, share: 0.8, resetAt: null, now });
    expect(message.title).toBe('Spend alert: Key ci (alice) reached 83% of its weekly limit');
    expect(message.lines).toEqual(['Key ci (alice) has spent $41.50 of its weekly limit of $50.00 (alert at 80%).', 'This limit does not reset by itself.']);
    expect(message.user).toBe('ci (alice)');
  });

  it('ranks the leaderboard and says when a day had no requests', () => {
    expect(leaderboardMessage({ day: '2026-11-21', entries: [{ name: 'a', requests: 2, costUsd: 3.456 }], now }).lines).toEqual(['1. a: $3.46 (2 requests)']);
    expect(leaderboardMessage({ day: '2026-11-21', entries: [], now }).lines).toEqual(['No requests that day.']);
  });
});
