import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runtimeSettingsKey } from '../cache/cache-keys.ts';
import { createCache, type Cache } from '../cache/shared-cache.ts';
import { createLogger } from '../log.ts';
import type { StoredSettings } from './runtime-settings.ts';

const log = createLogger('error');
const stored: StoredSettings = { timeZone: 'Asia/Shanghai', billingModelSource: 'redirected', spendAlertThreshold: 0.5 };

// The loader remembers the last known settings per isolate: each test starts from a fresh module.
let loadRuntimeSettings: typeof import('./runtime-settings.ts').loadRuntimeSettings;
let cache: Cache;

beforeEach(async () => {
  vi.resetModules();
  ({ loadRuntimeSettings } = await import('./runtime-settings.ts'));
  cache = createCache({ url: undefined, token: undefined, namespace: crypto.randomUUID() }, log);
});

describe('loadRuntimeSettings', () => {
  it('reads Postgres only when the cache is cold, and again once the entry is deleted', async () => {
    const read = vi.fn(async () => ({ ...stored, enableAutoCleanup: true }));
    const source = { cache, read, log, defaultTimeZone: 'UTC' };
    const expected = { timeZone: 'Asia/Shanghai', billingModelSource: 'redirected', spendAlertThreshold: 0.5, current: true };
    expect(await loadRuntimeSettings(source)).toEqual(expected);
    expect(await loadRuntimeSettings(source)).toEqual(expected);
    expect(read).toHaveBeenCalledTimes(1);
    expect(await cache.get(runtimeSettingsKey)).toEqual(stored);
    await cache.delete(runtimeSettingsKey);
    await loadRuntimeSettings(source);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('uses TZ while no time zone is set', async () => {
    const settings = await loadRuntimeSettings({ cache, read: async () => ({ ...stored, timeZone: null }), log, defaultTimeZone: 'Europe/Berlin' });
    expect(settings.timeZone).toBe('Europe/Berlin');
  });

  it('keeps the last known settings, not current, when Postgres fails, and asks again only 15 s later', async () => {
    let fail = false;
    const read = vi.fn(async () => {
      if (fail) throw new Error('connection refused');
      return stored;
    });
    const source = { cache, read, log, defaultTimeZone: 'UTC' };
    await loadRuntimeSettings(source, 1_000);
    await cache.delete(runtimeSettingsKey);
    fail = true;
    const fallback = { timeZone: 'Asia/Shanghai', billingModelSource: 'redirected', spendAlertThreshold: 0.5, current: false };
    expect(await loadRuntimeSettings(source, 2_000)).toEqual(fallback);
    expect(await loadRuntimeSettings(source, 16_999)).toEqual(fallback);
    expect(read).toHaveBeenCalledTimes(2);
    fail = false;
    expect(await loadRuntimeSettings(source, 17_000)).toMatchObject({ current: true });
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('falls back to the defaults with TZ when nothing was ever read', async () => {
    const source = { cache, read: () => Promise.reject(new Error('no database')), log, defaultTimeZone: 'UTC' };
    expect(await loadRuntimeSettings(source)).toEqual({ timeZone: 'UTC', billingModelSource: 'original', spendAlertThreshold: 0.8, current: false });
  });
});
