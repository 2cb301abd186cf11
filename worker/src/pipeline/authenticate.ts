// Client authentication (SPEC §3.2): one key from Authorization Bearer, x-api-key, x-goog-api-key or
// ?key=; each refusal with its own message; repeated failures from one IP throttled.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Cache } from '../cache/shared-cache.ts';
import { keyLookupKey } from '../cache/cache-keys.ts';
import { clientIpOf } from '../client-ip.ts';
import { hashKey } from '../crypto/hash-key.ts';
import { requestDb } from '../db/request-database.ts';
import { ProxyError } from '../errors.ts';
import { findPrincipal, type Principal } from './principal.ts';

const lookupTtlSeconds = 60;
const failureWindowMs = 5 * 60_000;
const failureLimit = 20;
const blockMs = 10 * 60_000;
/**
 * An address with no failures is remembered as such in isolate memory this long, so a valid request
 * costs no Redis read; a block another isolate sets is honoured here at most this much later.
 */
const cleanAddressMemoSeconds = 5;

interface FailureCount {
  count: number;
  since: number;
  blockedUntil: number;
}

/** The distinct keys the client presented; more than one is refused. */
export function presentedKeys(headers: Headers, url: URL): string[] {
  const bearer = headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
  const found = [bearer, headers.get('x-api-key'), headers.get('x-goog-api-key'), url.searchParams.get('key')]
    .map((k) => k?.trim())
    .filter((k): k is string => k !== undefined && k !== '');
  return [...new Set(found)];
}

function unauthorized(message: string, code: string): ProxyError {
  return new ProxyError('unauthorized', message, { code });
}

async function refuse(cache: Cache, ip: string, error: ProxyError, now: number): Promise<never> {
  const key = `cch:authfail:${ip}`;
  const previous = await cache.get<FailureCount>(key);
  const fresh = previous === undefined || now - previous.since > failureWindowMs;
  const count = fresh ? 1 : previous.count + 1;
  const blockedUntil = count >= failureLimit ? now + blockMs : 0;
  await cache.set(key, { count, since: fresh ? now : previous.since, blockedUntil }, Math.ceil((failureWindowMs + blockMs) / 1000));
  throw error;
}

async function throttled(cache: Cache, ip: string, now: number): Promise<void> {
  const state = await cache.get<FailureCount>(`cch:authfail:${ip}`, { missTtlSeconds: cleanAddressMemoSeconds });
  if (state !== undefined && state.blockedUntil > now) {
    const retryAfter = Math.ceil((state.blockedUntil - now) / 1000);
    throw new ProxyError('rate_limited', 'Too many failed authentication attempts; try again later', {
      code: 'auth_throttled',
      headers: { 'retry-after': String(retryAfter) },
    });
  }
}

async function lookup(c: Context<AppEnv>, cache: Cache, keyHash: string): Promise<Principal | null> {
  const cached = await cache.get<Principal | { missing: true }>(keyLookupKey(keyHash));
  if (cached !== undefined) return 'missing' in cached ? null : cached;
  const principal = await findPrincipal(requestDb(c), keyHash);
  await cache.set(keyLookupKey(keyHash), principal ?? { missing: true }, lookupTtlSeconds);
  return principal;
}

export async function authenticate(c: Context<AppEnv>, cache: Cache, now = Date.now()): Promise<Principal> {
  const ip = clientIpOf(c.req.raw.headers);
  await throttled(cache, ip, now);
  const presented = presentedKeys(c.req.raw.headers, new URL(c.req.url));
  if (presented.length === 0) return refuse(cache, ip, unauthorized('Missing API key', 'missing_api_key'), now);
  if (presented.length > 1) {
    return refuse(cache, ip, unauthorized('Conflicting API keys: send one key per request', 'conflicting_api_keys'), now);
  }
  const principal = await lookup(c, cache, await hashKey(presented[0] as string));
  if (principal === null) return refuse(cache, ip, unauthorized('Invalid API key', 'invalid_api_key'), now);
  if (!principal.key.enabled) return refuse(cache, ip, unauthorized('Key is disabled', 'key_disabled'), now);
  if (principal.key.expiresAt !== null && principal.key.expiresAt <= now) {
    return refuse(cache, ip, unauthorized('Key has expired', 'key_expired'), now);
  }
  if (!principal.user.enabled) return refuse(cache, ip, unauthorized('User is disabled', 'user_disabled'), now);
  if (principal.user.expiresAt !== null && principal.user.expiresAt <= now) {
    return refuse(cache, ip, unauthorized('User has expired', 'user_expired'), now);
  }
  return principal;
}
