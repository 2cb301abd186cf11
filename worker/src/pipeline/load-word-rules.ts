// The enabled sensitive-word rules as the proxy reads them (SPEC §8.1, §9): from the shared cache,
// from Postgres only when it is cold, stamped with a version so each isolate compiles a list once.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { sensitiveWordsKey } from '../cache/cache-keys.ts';
import { createReadThrough } from '../cache/read-through.ts';
import type { Cache } from '../cache/shared-cache.ts';
import { listEnabledWordRules } from '../db/queries/sensitive-words.ts';
import { requestDb } from '../db/request-database.ts';
import type { WordRule } from '../guards/compile-word-rules.ts';
import type { Logger } from '../log.ts';

/** The enabled rules; `version` changes whenever the list is read again from Postgres. */
export interface WordSnapshot {
  version: string;
  rules: WordRule[];
}

const readRules = createReadThrough<WordSnapshot>({
  key: sensitiveWordsKey,
  ttlSeconds: 60,
  fallback: { version: 'none', rules: [] },
  unavailable: 'Sensitive words unavailable, using the last known rules',
});

/**
 * When Postgres cannot be read, the last rules this isolate read stand (none on a fresh isolate)
 * rather than turning a database outage into refused requests.
 */
export async function loadWordRules(c: Context<AppEnv>, cache: Cache, log: Logger, now = Date.now()): Promise<WordSnapshot> {
  const read = async (): Promise<WordSnapshot> => ({ version: crypto.randomUUID(), rules: await listEnabledWordRules(requestDb(c)) });
  return (await readRules(cache, read, log, now)).value;
}
