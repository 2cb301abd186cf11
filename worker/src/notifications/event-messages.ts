// The message of each event (SPEC §8.3), built from plain facts with time passed in: a breaker that
// opened, a spend alert, the daily leaderboard, and the test button's sample.
import type { NotificationMessage } from './notification-message.ts';

const usd = (value: number) => `$${value.toFixed(2)}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function breakerOpenedMessage(input: { provider: string; consecutiveFailures: number; reopenAt: number; now: number }): NotificationMessage {
  return {
    event: 'circuit_breaker_open',
    title: `Circuit breaker is OPEN for provider ${input.provider}`,
    lines: [
      `Provider ${input.provider} failed ${input.consecutiveFailures} times in a row and is skipped.`,
      `It is tried again (HALF-OPEN) at ${iso(input.reopenAt)}.`,
    ],
    provider: input.provider,
    time: input.now,
  };
}

const windowLabels: Record<string, string> = {
  spend5h: '5-hour',
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
  total: 'total',
};

export interface SpendAlertFacts {
  scope: 'user' | 'key';
  name: string;
  limit: string;
  currentUsd: number;
  maxUsd: number;
  share: number;
  resetAt: number | null;
  now: number;
}

export function spendAlertMessage(facts: SpendAlertFacts): NotificationMessage {
  const window = windowLabels[facts.limit] ?? facts.limit;
  const who = `${facts.scope === 'user' ? 'User' : 'Key'} ${facts.name}`;
  return {
    event: 'spend_alert',
    title: `Spend alert: ${who} reached ${percent(facts.currentUsd / facts.maxUsd)} of its ${window} limit`,
    lines: [
      `${who} has spent ${usd(facts.currentUsd)} of its ${window} limit of ${usd(facts.maxUsd)} (alert at ${percent(facts.share)}).`,
      facts.resetAt === null ? 'This limit does not reset by itself.' : `The window resets at ${iso(facts.resetAt)}.`,
    ],
    user: facts.name,
    time: facts.now,
  };
}

export interface LeaderboardEntry {
  name: string;
  requests: number;
  costUsd: number;
}

export function leaderboardMessage(input: { day: string; entries: readonly LeaderboardEntry[]; now: number }): NotificationMessage {
  const lines =
    input.entries.length === 0
      ? ['No requests that day.']
      : input.entries.map((entry, index) => `${index + 1}. ${entry.name}: ${usd(entry.costUsd)} (${entry.requests} requests)`);
  return { event: 'daily_leaderboard', title: `Daily leaderboard ${input.day}`, lines, time: input.now };
}

export function sampleMessage(now: number): NotificationMessage {
  return {
    event: 'test',
    title: 'Test notification',
    lines: ['This is a test message from the gateway.', 'If you can read it, the target works.'],
    provider: 'example-provider',
    user: 'example-user',
    time: now,
  };
}
