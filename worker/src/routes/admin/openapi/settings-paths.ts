// /settings (SPEC §7.2): the system-wide settings row.
import { z } from 'zod';
import { billingModelSources } from '../../../db/schema/system-settings.ts';
import { settingsSchema } from '../settings-schema.ts';
import { timestamp } from './common-schemas.ts';
import { authErrors, errorResponses, jsonBody, jsonResponse, type ApiSection } from './openapi-parts.ts';

export const settingsResourceSchema = z.object({
  timeZone: z.string().nullable().describe('Overrides TZ for limit windows and reports when set'),
  enableAutoCleanup: z.boolean(),
  cleanupRetentionDays: z.number().int(),
  billingModelSource: z.enum(billingModelSources),
  priceSyncUrl: z.string().nullable(),
  spendAlertThreshold: z.number().describe('Share of a limit (0–1) at which a spend alert is sent'),
  updatedAt: timestamp,
});

const tags = ['settings'];

export const settingsSection: ApiSection = {
  tag: { name: 'settings', description: 'System settings' },
  schemas: { Settings: settingsResourceSchema, SettingsUpdate: settingsSchema },
  paths: {
    '/settings': {
      get: {
        summary: 'The settings',
        operationId: 'getSettings',
        tags,
        responses: { '200': jsonResponse('The settings', 'Settings'), ...errorResponses(...authErrors) },
      },
      put: {
        summary: 'Save settings; fields left out keep their value',
        operationId: 'updateSettings',
        tags,
        requestBody: jsonBody('SettingsUpdate'),
        responses: { '200': jsonResponse('The saved settings', 'Settings'), ...errorResponses(400, ...authErrors) },
      },
    },
  },
};
