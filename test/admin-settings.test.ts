// System settings in the admin API (SPEC §7.2): a round trip through GET and PUT, partial saves,
// canonical time zones, and field-level 400s. The row is shared: the settings found are put back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCall, type ErrorBody } from './admin-helpers.ts';

interface Settings {
  timeZone: string | null;
  enableAutoCleanup: boolean;
  cleanupRetentionDays: number;
  billingModelSource: string;
  priceSyncUrl: string | null;
  spendAlertThreshold: number;
  updatedAt: string;
}

let original: Settings;

beforeAll(async () => {
  original = (await adminCall<Settings>('GET', '/settings')).body;
});

afterAll(async () => {
  const { updatedAt: _updatedAt, ...fields } = original;
  await adminCall('PUT', '/settings', fields);
});

describe('admin settings', () => {
  it('saves every field and reads them back', async () => {
    const fields = {
      timeZone: 'Asia/Shanghai',
      enableAutoCleanup: true,
      cleanupRetentionDays: 90,
      billingModelSource: 'redirected',
      priceSyncUrl: 'https://prices.example.com/prices.json',
      spendAlertThreshold: 0.5,
    };
    const saved = await adminCall<Settings>('PUT', '/settings', fields);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject(fields);
    expect((await adminCall<Settings>('GET', '/settings')).body).toMatchObject(fields);
  });

  it('keeps the fields a PUT leaves out, clears nullable ones set to null, and stores the canonical zone name', async () => {
    await adminCall('PUT', '/settings', { cleanupRetentionDays: 7, priceSyncUrl: 'http://prices.example.com/p.json' });
    const saved = await adminCall<Settings>('PUT', '/settings', { timeZone: 'europe/berlin', priceSyncUrl: null });
    expect(saved.body).toMatchObject({ timeZone: 'Europe/Berlin', priceSyncUrl: null, cleanupRetentionDays: 7 });
    expect(saved.body).not.toHaveProperty('id');
  });

  it('refuses invalid values with each failing field', async () => {
    const before = (await adminCall<Settings>('GET', '/settings')).body;
    const bad = await adminCall<ErrorBody>('PUT', '/settings', {
      timeZone: 'Mars/Olympus_Mons',
      enableAutoCleanup: 'on',
      cleanupRetentionDays: 0,
      billingModelSource: 'cheapest',
      priceSyncUrl: 'ftp://prices.example.com/p.json',
      spendAlertThreshold: 1.5,
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details?.fields ?? {}).sort()).toEqual([
      'billingModelSource',
      'cleanupRetentionDays',
      'enableAutoCleanup',
      'priceSyncUrl',
      'spendAlertThreshold',
      'timeZone',
    ]);
    expect((await adminCall<ErrorBody>('PUT', '/settings', { cleanupRetentionDays: 3651 })).status).toBe(400);
    expect((await adminCall<Settings>('GET', '/settings')).body).toEqual(before);
  });
});
