// Rows of notification_targets and notification_bindings (SPEC §8.3): the admin's targets, the
// event → targets bindings, the targets an event goes to, the once-a-day claim of the daily
// leaderboard, and the leaderboard's rows.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from './queryable.ts';
import { notificationBindings, notificationTargets } from '../schema/notifications.ts';
import { usageDaily } from '../schema/usage-daily.ts';
import { users } from '../schema/users.ts';
import { keys } from '../schema/keys.ts';
import type { NotificationEvent } from '../../notifications/notification-message.ts';

export type TargetRow = typeof notificationTargets.$inferSelect;
export type NewTarget = typeof notificationTargets.$inferInsert;
export type BindingRow = typeof notificationBindings.$inferSelect;

export function listTargets(db: Queryable): Promise<TargetRow[]> {
  return db.select().from(notificationTargets).orderBy(asc(notificationTargets.id));
}

export async function findTarget(db: Queryable, id: number): Promise<TargetRow | undefined> {
  const [row] = await db.select().from(notificationTargets).where(eq(notificationTargets.id, id));
  return row;
}

export async function insertTarget(db: Queryable, values: NewTarget): Promise<TargetRow> {
  const [row] = await db.insert(notificationTargets).values(values).returning();
  if (row === undefined) throw new Error('notification target not inserted');
  return row;
}

export async function updateTarget(db: Queryable, id: number, changes: Partial<Pick<NewTarget, 'name' | 'enabled' | 'config'>>): Promise<TargetRow | undefined> {
  const [row] = await db.update(notificationTargets).set({ ...changes, updatedAt: new Date() }).where(eq(notificationTargets.id, id)).returning();
  return row;
}

/** Deleting a target drops its bindings too (ON DELETE CASCADE). */
export async function deleteTarget(db: Queryable, id: number): Promise<TargetRow | undefined> {
  const [row] = await db.delete(notificationTargets).where(eq(notificationTargets.id, id)).returning();
  return row;
}

export function listBindings(db: Queryable): Promise<BindingRow[]> {
  return db.select().from(notificationBindings).orderBy(asc(notificationBindings.event), asc(notificationBindings.targetId));
}

/** The ids among `ids` that name existing targets. */
export async function existingTargetIds(db: Queryable, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: notificationTargets.id }).from(notificationTargets).where(inArray(notificationTargets.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}

/** Replaces an event's bindings; bookkeeping in the options of a kept binding (last sent day) survives. */
export async function replaceEventBindings(
  db: Queryable,
  event: NotificationEvent,
  binding: { targetIds: readonly number[]; enabled: boolean; options: Record<string, unknown> },
): Promise<void> {
  const existing = await db.select().from(notificationBindings).where(eq(notificationBindings.event, event));
  await db.delete(notificationBindings).where(eq(notificationBindings.event, event));
  if (binding.targetIds.length === 0) return;
  const kept = new Map(existing.map((row) => [row.targetId, row.options]));
  await db.insert(notificationBindings).values(
    binding.targetIds.map((targetId) => {
      const lastSentDay = kept.get(targetId)?.['lastSentDay'];
      return { event, targetId, enabled: binding.enabled, options: lastSentDay === undefined ? binding.options : { ...binding.options, lastSentDay } };
    }),
  );
}

export interface BoundTarget {
  bindingId: number;
  options: Record<string, unknown>;
  target: TargetRow;
}

/** The enabled targets an event goes to, through enabled bindings. */
export async function boundTargets(db: Queryable, event: NotificationEvent): Promise<BoundTarget[]> {
  const rows = await db
    .select({ bindingId: notificationBindings.id, options: notificationBindings.options, target: notificationTargets })
    .from(notificationBindings)
    .innerJoin(notificationTargets, eq(notificationTargets.id, notificationBindings.targetId))
    .where(and(eq(notificationBindings.event, event), eq(notificationBindings.enabled, true), eq(notificationTargets.enabled, true)))
    .orderBy(asc(notificationBindings.id));
  return rows;
}

/**
 * Marks a binding as sent for `day`; true only for the one caller that changed it, so two cron runs
 * racing for the same day send once.
 */
export async function claimBindingDay(db: Queryable, bindingId: number, day: string): Promise<boolean> {
  const rows = await db
    .update(notificationBindings)
    .set({ options: sql`${notificationBindings.options} || jsonb_build_object('lastSentDay', ${day}::text)` })
    .where(and(eq(notificationBindings.id, bindingId), sql`${notificationBindings.options}->>'lastSentDay' is distinct from ${day}`))
    .returning({ id: notificationBindings.id });
  return rows.length > 0;
}

export interface LeaderboardRow {
  userId: number | null;
  name: string | null;
  requests: number;
  costUsd: number;
}

/** Users by cost on one rollup day (the day in the configured time zone), most expensive first. */
export async function topUsersOnDay(db: Queryable, day: string, limit: number): Promise<LeaderboardRow[]> {
  const costUsd = sql<number>`coalesce(sum(${usageDaily.costUsd}), 0)`.mapWith(Number);
  return db
    .select({ userId: usageDaily.userId, name: users.name, requests: sql<number>`coalesce(sum(${usageDaily.requests}), 0)::int`, costUsd })
    .from(usageDaily)
    .leftJoin(users, eq(users.id, usageDaily.userId))
    .where(eq(usageDaily.day, day))
    .groupBy(usageDaily.userId, users.name)
    .orderBy(desc(costUsd))
    .limit(limit);
}

/** The display name of a user or key, for a spend alert. */
export async function principalName(db: Queryable, scope: 'user' | 'key', id: number): Promise<string | undefined> {
  if (scope === 'user') {
    const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
    return row?.name;
  }
  const [row] = await db.select({ name: keys.name, user: users.name }).from(keys).leftJoin(users, eq(users.id, keys.userId)).where(eq(keys.id, id));
  return row === undefined ? undefined : `${row.name}${row.user === null ? '' : ` (${row.user})`}`;
}
