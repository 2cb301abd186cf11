// Notification targets (robots, bots, webhooks) and which events go to them (SPEC §8.3).
import { boolean, index, integer, jsonb, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';

export const notificationTargetTypes = ['wecom', 'feishu', 'dingtalk', 'telegram', 'webhook'] as const;
export const notificationEvents = ['circuit_breaker_open', 'daily_leaderboard', 'spend_alert'] as const;

export const notificationTargets = pgTable('notification_targets', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  type: text('type', { enum: notificationTargetTypes }).notNull(),
  /** Type-specific settings (webhook URL, chat id, template); secrets inside are encrypted. */
  config: jsonb('config').$type<Record<string, unknown>>().notNull().default({}),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const notificationBindings = pgTable(
  'notification_bindings',
  {
    id: serial('id').primaryKey(),
    event: text('event', { enum: notificationEvents }).notNull(),
    targetId: integer('target_id')
      .notNull()
      .references(() => notificationTargets.id, { onDelete: 'cascade' }),
    enabled: boolean('enabled').notNull().default(true),
    /** Event-specific options, e.g. the hour of the daily leaderboard. */
    options: jsonb('options').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [unique('notification_bindings_event_target').on(t.event, t.targetId), index('notification_bindings_event').on(t.event)],
);
