// The client-facing message of a limit refusal (§5), e.g.
// "Rate limit exceeded: daily spend 10.00/10.00 USD, resets 2026-11-23T00:00:00Z".
import type { LimitName, LimitRejection } from './limit-policy.ts';

const SPEND_LABEL: Partial<Record<LimitName, string>> = {
  spend5h: '5-hour spend',
  daily: 'daily spend',
  weekly: 'weekly spend',
  monthly: 'monthly spend',
  total: 'total spend',
};

/** ISO-8601 to the second, rounded up so the stated time is never before the actual reset. */
export function formatResetInstant(epochMs: number): string {
  return new Date(Math.ceil(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The limit and its numbers without the prefix, e.g. "daily spend 10.00/10.00 USD". */
export function describeLimit(rejection: Pick<LimitRejection, 'limit' | 'current' | 'max'>): string {
  const { limit, current, max } = rejection;
  if (limit === 'rpm') return `${current}/${max} requests per minute`;
  if (limit === 'concurrentSessions') return `${current}/${max} concurrent sessions`;
  return `${SPEND_LABEL[limit] ?? limit} ${current.toFixed(2)}/${max.toFixed(2)} USD`;
}

export function formatLimitMessage(rejection: Pick<LimitRejection, 'limit' | 'current' | 'max' | 'resetAt'>): string {
  const reset = rejection.resetAt === null ? '' : `, resets ${formatResetInstant(rejection.resetAt)}`;
  return `Rate limit exceeded: ${describeLimit(rejection)}${reset}`;
}
