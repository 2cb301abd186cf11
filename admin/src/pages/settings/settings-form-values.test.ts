// Reading the settings form into the body of PUT /settings.
import { describe, expect, it } from 'vitest';
import { readSettingsForm, settingsValues } from './settings-form-values.ts';

describe('readSettingsForm', () => {
  it('round-trips the stored settings, with empty text as null', () => {
    const stored = {
      timeZone: null,
      enableAutoCleanup: true,
      cleanupRetentionDays: 14,
      billingModelSource: 'redirected' as const,
      priceSyncUrl: 'https://prices.example/v1.json',
      spendAlertThreshold: 0.75,
    };
    const { input, errors } = readSettingsForm(settingsValues(stored));
    expect(errors).toEqual({});
    expect(input).toEqual(stored);
  });

  it('names the fields that are out of range or malformed', () => {
    const values = { ...settingsValues(undefined), cleanupRetentionDays: '0', priceSyncUrl: 'ftp://x', spendAlertThreshold: '1.5', billingModelSource: 'cheapest' };
    const { errors } = readSettingsForm(values);
    expect(Object.keys(errors).sort()).toEqual(['billingModelSource', 'cleanupRetentionDays', 'priceSyncUrl', 'spendAlertThreshold']);
  });

  it('leaves the time zone name for the API to judge', () => {
    const { input, errors } = readSettingsForm({ ...settingsValues(undefined), timeZone: ' Mars/Olympus ' });
    expect(errors).toEqual({});
    expect(input.timeZone).toBe('Mars/Olympus');
  });
});
