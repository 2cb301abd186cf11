// The system settings requests act on (SPEC §4.4, §5, §8.3): the time zone of every calendar window and
// report, which model prices a redirected request, and the spend alert share. Read like the other
// records of the hot path: isolate memory (at most 5 s) → shared cache → Postgres only when both are
// cold. PUT /settings deletes the shared entry, so a change applies in every isolate within 5 s.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { runtimeSettingsKey } from '../cache/cache-keys.ts';
import { requestCache } from '../cache/request-cache.ts';
import { createReadThrough } from '../cache/read-through.ts';
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

/** The column defaults of system_settings. */
const defaults: StoredSettings = { timeZone: null, billingModelSource: 'original', spendAlertThreshold: 0.8 };

const readStored = createReadThrough<StoredSettings>({
  key: runtimeSettingsKey,
  ttlSeconds: 300,
  // How long an isolate keeps the settings without asking the shared cache: the staleness bound of a change.
  memorySeconds: 5,
  fallback: defaults,
  unavailable: 'System settings unavailable, using the last known',
});

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
  const read = async (): Promise<StoredSettings> => {
    const { timeZone, billingModelSource, spendAlertThreshold } = await source.read();
    return { timeZone, billingModelSource, spendAlertThreshold };
  };
  const { value, current } = await readStored(source.cache, read, source.log, now);
  return runtimeSettingsOf(value, source.defaultTimeZone, current);
}

/** The settings as a route reads them: the request's cache, and its database pool when cold. */
export function requestSettings(c: Context<AppEnv>, cache: Cache = requestCache(c)): Promise<RuntimeSettings> {
  return loadRuntimeSettings({ cache, read: () => readSettings(requestDb(c)), log: c.get('log'), defaultTimeZone: c.get('config').TZ });
}
