// System-wide settings edited in the admin (SPEC §7.2 `/settings`): a single row with id 1.
import { boolean, doublePrecision, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns.ts';

export const billingModelSources = ['original', 'redirected'] as const;

export const systemSettings = pgTable('system_settings', {
  id: integer('id').primaryKey().default(1),
  /** Overrides TZ for limit windows and reports when set. */
  timeZone: text('time_zone'),
  enableAutoCleanup: boolean('enable_auto_cleanup').notNull().default(false),
  cleanupRetentionDays: integer('cleanup_retention_days').notNull().default(30),
  /** Which model name prices a redirected request (SPEC §4.4). */
  billingModelSource: text('billing_model_source', { enum: billingModelSources })
    .notNull()
    .default('original'),
  priceSyncUrl: text('price_sync_url'),
  /** Share of a limit (0–1) at which a spend alert is sent. */
  spendAlertThreshold: doublePrecision('spend_alert_threshold').notNull().default(0.8),
  updatedAt: updatedAt(),
});
