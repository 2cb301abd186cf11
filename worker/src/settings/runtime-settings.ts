// The system settings requests act on (SPEC §4.4, §5, §8.3): the time zone of every calendar window and
// report, which model prices a redirected request, and the spend alert share. Read like the other
// records of the hot path: isolate memory (at most 5 s) → shared cache → Postgres only when both are
// cold. PUT /settings deletes the shared entry, so a change applies in every isolate within 5 s.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { runtimeSettingsKey } from '../cache/cache-keys.ts';
import { requestCache } from '../cache/request-cache.ts';
import type { Cache } from '../cache/shared-cache.ts';
import { readSettings, type Settings } from '../db/queries/settings.ts';
import { requestDb } from '../db/request-database.ts';
import type { Logger } from '../log.ts';

/** The fields of the settings row that requests act on, as the shared cache holds them. */
export type StoredSettings = Pick<Settings, 'timeZone' | 'billingModelSource' | 'spendAlertThreshold'>;

export interface RuntimeSettings {
  /** The zone of limit windows, provider spend windows, rollups and reports: the setting, else TZ. */
  timeZone: string;
  billingModelSource: Settings['billingModelSource'];
  spendAlertThreshold: number;
  /** False when neither the cache nor Postgres answered, so these are the last known settings or the defaults. */
  current: boolean;
}

export interface SettingsSource {
  cache: Cache;
  /** The settings row from Postgres; asked only when the cache is cold. */
  read: () => Promise<StoredSettings>;
  log: Logger;
  /** The TZ variable, used while no time zone is set. */
  defaultTimeZone: string;
}

const sharedTtlSeconds = 300;
/** How long an isolate keeps the settings without asking the shared cache: the staleness bound of a change. */
const memorySeconds = 5;
/** After a failed read, this isolate waits this long before asking Postgres again. */
const retryAfterFailureMs = 15_000;
/** The column defaults of system_settings. */
const defaults: StoredSettings = { timeZone: null, billingModelSource: 'original', spendAlertThreshold: 0.8 };

let lastKnown: StoredSettings | undefined;
let failedUntil = 0;

export function runtimeSettingsOf(stored: StoredSettings, defaultTimeZone: string, current = true): RuntimeSettings {
  return {
    timeZone: stored.timeZone ?? defaultTimeZone,
    billingModelSource: stored.billingModelSource,
    spendAlertThreshold: stored.spendAlertThreshold,
    current,
  };
}

/**
 * Never throws and never waits on a database that failed: when Postgres cannot be read, the settings
 * this isolate last saw stand (the defaults on a fresh isolate) and Postgres is asked again after 15 s.
 */
export async function loadRuntimeSettings(source: SettingsSource, now = Date.now()): Promise<RuntimeSettings> {
  const cached = await source.cache.get<StoredSettings>(runtimeSettingsKey);
  if (cached !== undefined) {
    lastKnown = cached;
    return runtimeSettingsOf(cached, source.defaultTimeZone);
  }
  if (now < failedUntil) return runtimeSettingsOf(lastKnown ?? defaults, source.defaultTimeZone, false);
  try {
    const { timeZone, billingModelSource, spendAlertThreshold } = await source.read();
    const stored: StoredSettings = { timeZone, billingModelSource, spendAlertThreshold };
    await source.cache.set(runtimeSettingsKey, stored, sharedTtlSeconds, memorySeconds);
    lastKnown = stored;
    return runtimeSettingsOf(stored, source.defaultTimeZone);
  } catch (error) {
    failedUntil = now + retryAfterFailureMs;
    source.log.warn('System settings unavailable, using the last known', { error: error instanceof Error ? error.message : String(error) });
    return runtimeSettingsOf(lastKnown ?? defaults, source.defaultTimeZone, false);
  }
}

/** The settings as a route reads them: the request's cache, and its database pool when cold. */
export function requestSettings(c: Context<AppEnv>, cache: Cache = requestCache(c)): Promise<RuntimeSettings> {
  return loadRuntimeSettings({ cache, read: () => readSettings(requestDb(c)), log: c.get('log'), defaultTimeZone: c.get('config').TZ });
}
