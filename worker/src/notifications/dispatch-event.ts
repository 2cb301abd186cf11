// Sends an event's message to every enabled target bound to it. Reads the bindings from the database
// only now that the event has happened; each delivery's failure is logged, never thrown, so a broken
// robot cannot affect the caller.
import { boundTargets, type BoundTarget } from '../db/queries/notifications.ts';
import type { Queryable } from '../db/queries/queryable.ts';
import { withConfiguredDatabase } from '../db/with-configured-database.ts';
import type { Logger } from '../log.ts';
import type { DeliveryResult, NotificationEvent, NotificationMessage } from './notification-message.ts';
import { sendNotification } from './send-notification.ts';
import { openConfig } from './stored-target.ts';

export interface Delivery {
  targetId: number;
  result: DeliveryResult;
}

/** Delivers to the given bound targets in parallel and logs each failure. */
export async function deliverTo(
  bound: readonly BoundTarget[],
  message: NotificationMessage,
  context: { encryptionKey: string | undefined; log: Logger },
): Promise<Delivery[]> {
  return Promise.all(
    bound.map(async ({ target }): Promise<Delivery> => {
      let result: DeliveryResult;
      if (context.encryptionKey === undefined) result = { ok: false, status: null, latencyMs: 0, error: 'ENCRYPTION_KEY is not set' };
      else {
        try {
          result = await sendNotification(await openConfig(target.type, target.config, context.encryptionKey), message);
        } catch (error) {
          result = { ok: false, status: null, latencyMs: 0, error: error instanceof Error ? error.message : String(error) };
        }
      }
      if (!result.ok) context.log.warn('Notification failed', { event: message.event, targetId: target.id, type: target.type, status: result.status, error: result.error });
      return { targetId: target.id, result };
    }),
  );
}

export async function dispatchEvent(
  db: Queryable,
  event: NotificationEvent,
  message: NotificationMessage,
  context: { encryptionKey: string | undefined; log: Logger },
): Promise<Delivery[]> {
  return deliverTo(await boundTargets(db, event), message, context);
}

/**
 * For callers without a request database (Durable Objects, finalize): opens one for this event,
 * dispatches, closes it. Never throws.
 */
export async function notifyEvent(env: object, event: NotificationEvent, build: (db: Queryable) => Promise<NotificationMessage | undefined>, log: Logger): Promise<void> {
  try {
    await withConfiguredDatabase(env, async (db, config) => {
      const message = await build(db);
      if (message !== undefined) await dispatchEvent(db, event, message, { encryptionKey: config.ENCRYPTION_KEY, log });
    });
  } catch (error) {
    log.warn('Notification failed', { event, error: error instanceof Error ? error.message : String(error) });
  }
}
