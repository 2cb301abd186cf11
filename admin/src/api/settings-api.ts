// Typed calls to /api/admin/settings (SPEC §7.2): the one row of system-wide settings.
import { request } from './http-client.ts';

export const billingModelSources = ['original', 'redirected'] as const;
export type BillingModelSource = (typeof billingModelSources)[number];

export interface Settings {
  timeZone: string | null;
  enableAutoCleanup: boolean;
  cleanupRetentionDays: number;
  billingModelSource: BillingModelSource;
  priceSyncUrl: string | null;
  spendAlertThreshold: number;
  updatedAt?: string;
}

export type SettingsInput = Partial<Omit<Settings, 'updatedAt'>>;

export const settings = {
  get: () => request<Settings>('/settings'),
  save: (input: SettingsInput) => request<Settings>('/settings', { method: 'PUT', body: input }),
};
