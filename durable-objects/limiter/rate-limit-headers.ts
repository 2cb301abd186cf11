// The §5 response headers of the strictest limit: x-ratelimit-limit/-remaining/-reset (seconds until
// the reset, like Retry-After, so clients need no clock agreement) and Retry-After on a refusal.
import { UNIT_OF, type LimitRejection, type LimitUsage } from './limit-policy.ts';

function formatAmount(value: number, usd: boolean): string {
  return usd ? value.toFixed(2) : String(Math.floor(value));
}

const secondsUntil = (instant: number, now: number): string => String(Math.max(0, Math.ceil((instant - now) / 1000)));

export function rateLimitHeaders(source: LimitUsage | LimitRejection, now: number): Record<string, string> {
  if (source.max === null) return {};
  const usd = UNIT_OF[source.limit] === 'usd';
  const remaining = Math.max(0, source.max - source.current);
  const headers: Record<string, string> = {
    'x-ratelimit-limit': formatAmount(source.max, usd),
    'x-ratelimit-remaining': formatAmount(remaining, usd),
  };
  if (source.resetAt !== null) headers['x-ratelimit-reset'] = secondsUntil(source.resetAt, now);
  if ('reason' in source && source.retryAfterMs !== null) {
    // Rounded up and at least 1 s: a retry at the stated time must not be refused again.
    headers['retry-after'] = String(Math.max(1, Math.ceil(source.retryAfterMs / 1000)));
  }
  return headers;
}
