// The enabled sensitive-word rules as the proxy reads them (SPEC §8.1, §9): from the shared cache,
// from Postgres only when it is cold, stamped with a version so each isolate compiles a list once.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { sensitiveWordsKey } from '../cache/cache-keys.ts';
import type { Cache } from '../cache/shared-cache.ts';
import { listEnabledWordRules } from '../db/queries/sensitive-words.ts';
import { requestDb } from '../db/request-database.ts';
import type { WordRule } from '../guards/compile-word-rules.ts';
import type { Logger } from '../log.ts';

const rulesTtlSeconds = 60;
/** After a failed read, this isolate waits this long before asking Postgres again. */
const retryAfterFailureMs = 15_000;

/** The enabled rules; `version` changes whenever the list is read again from Postgres. */
export interface WordSnapshot {
  version: string;
  rules: WordRule[];
}

let lastRead: WordSnapshot | undefined;
let failedUntil = 0;

/**
 * When Postgres cannot be read, the last rules this isolate read stand (none on a fresh isolate)
 * rather than turning a database outage into refused requests; the isolate asks again after
 * 15 s, so an outage does not make every request wait for a connection attempt.
 */
export async function loadWordRules(c: Context<AppEnv>, cache: Cache, log: Logger, now = Date.now()): Promise<WordSnapshot> {
  const cached = await cache.get<WordSnapshot>(sensitiveWordsKey);
  if (cached !== undefined) return cached;
  if (now < failedUntil) return lastRead ?? { version: 'none', rules: [] };
  try {
    const snapshot: WordSnapshot = { version: crypto.randomUUID(), rules: await listEnabledWordRules(requestDb(c)) };
    await cache.set(sensitiveWordsKey, snapshot, rulesTtlSeconds);
    lastRead = snapshot;
    return snapshot;
  } catch (error) {
    failedUntil = now + retryAfterFailureMs;
    log.warn('Sensitive words unavailable, using the last known rules', { error: error instanceof Error ? error.message : String(error) });
    return lastRead ?? { version: 'none', rules: [] };
  }
}
