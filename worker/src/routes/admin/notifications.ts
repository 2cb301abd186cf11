// /api/admin/notifications (SPEC §7.2, §8.3): targets (robots, bots, webhooks) with their secrets
// encrypted and never returned, the test button, and which events go to which targets.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { notificationEvents } from '../../db/schema/notifications.ts';
import {
  deleteTarget,
  existingTargetIds,
  findTarget,
  insertTarget,
  listBindings,
  listTargets,
  replaceEventBindings,
  updateTarget,
  type BindingRow,
  type TargetRow,
} from '../../db/queries/notifications.ts';
import { requestDb } from '../../db/request-database.ts';
import { ProxyError } from '../../errors.ts';
import { defaultLeaderboardTime } from '../../notifications/daily-leaderboard.ts';
import { sampleMessage } from '../../notifications/event-messages.ts';
import { sendNotification } from '../../notifications/send-notification.ts';
import { openConfig, presentConfig, sealConfig } from '../../notifications/stored-target.ts';
import { bindingsSchema, createTargetSchema, patchConfigSchema, patchTargetSchema } from './notification-schema.ts';
import { fieldErrorsOf, parseBody, validationError } from './parse-body.ts';
import { idParam, notFound, recordAudit } from './route-helpers.ts';

const resource = 'Notification target';

function encryptionKeyOf(c: Context<AppEnv>): string {
  const key = c.get('config').ENCRYPTION_KEY;
  if (key !== undefined) return key;
  throw new ProxyError(
    'unavailable',
    'Notification targets need ENCRYPTION_KEY, which encrypts their webhook URLs, tokens and secrets at rest: ' +
      'set a random secret of at least 32 characters with `wrangler secret put ENCRYPTION_KEY`',
    { code: 'encryption_key_missing' },
  );
}

function presentTarget(row: TargetRow) {
  return { id: row.id, name: row.name, type: row.type, enabled: row.enabled, config: presentConfig(row.type, row.config), createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/** Field names only: an audit row never holds a secret. */
const auditedConfig = (config: Record<string, unknown>) => ({ configFields: Object.keys(config) });

function presentBindings(rows: readonly BindingRow[]) {
  return notificationEvents.map((event) => {
    const own = rows.filter((row) => row.event === event);
    const options = own[0]?.options ?? {};
    const time = typeof options['time'] === 'string' ? options['time'] : undefined;
    return {
      event,
      targetIds: own.map((row) => row.targetId),
      enabled: own[0]?.enabled ?? true,
      options: event === 'daily_leaderboard' ? { time: time ?? defaultLeaderboardTime } : {},
    };
  });
}

export const notificationRoutes = new Hono<AppEnv>()
  .get('/notifications/targets', async (c) => c.json({ targets: (await listTargets(requestDb(c))).map(presentTarget) }))
  .post('/notifications/targets', async (c) => {
    const encryptionKey = encryptionKeyOf(c);
    const input = await parseBody(c, createTargetSchema);
    const config = await sealConfig({}, input.config, encryptionKey);
    const row = await requestDb(c).transaction(async (tx) => {
      const target = await insertTarget(tx, { name: input.name, type: input.type, enabled: input.enabled ?? true, config });
      await recordAudit(tx, c, { action: 'create', resourceType: 'notification_target', resourceId: target.id, detail: { name: input.name, type: input.type, ...auditedConfig(input.config) } });
      return target;
    });
    return c.json(presentTarget(row), 201);
  })
  .patch('/notifications/targets/:id{[0-9]+}', async (c) => {
    const encryptionKey = encryptionKeyOf(c);
    const id = idParam(c, resource);
    const input = await parseBody(c, patchTargetSchema);
    const row = await requestDb(c).transaction(async (tx) => {
      const existing = await findTarget(tx, id);
      if (existing === undefined) return undefined;
      let config = existing.config;
      if (input.config !== undefined) {
        const parsed = patchConfigSchema(existing.type).safeParse(input.config);
        if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error.issues.map((issue) => ({ ...issue, path: ['config', ...issue.path] }))));
        config = await sealConfig(existing.config, parsed.data, encryptionKey);
      }
      const changes = { ...(input.name === undefined ? {} : { name: input.name }), ...(input.enabled === undefined ? {} : { enabled: input.enabled }), config };
      const target = await updateTarget(tx, id, changes);
      const detail = { ...(input.name === undefined ? {} : { name: input.name }), ...(input.enabled === undefined ? {} : { enabled: input.enabled }), ...(input.config === undefined ? {} : auditedConfig(input.config)) };
      await recordAudit(tx, c, { action: 'update', resourceType: 'notification_target', resourceId: id, detail });
      return target;
    });
    if (row === undefined) throw notFound(resource, id);
    return c.json(presentTarget(row));
  })
  .delete('/notifications/targets/:id{[0-9]+}', async (c) => {
    const id = idParam(c, resource);
    const row = await requestDb(c).transaction(async (tx) => {
      const target = await deleteTarget(tx, id);
      if (target !== undefined) await recordAudit(tx, c, { action: 'delete', resourceType: 'notification_target', resourceId: id, detail: { name: target.name, type: target.type } });
      return target;
    });
    if (row === undefined) throw notFound(resource, id);
    return c.json({ deleted: true, id });
  })
  .post('/notifications/targets/:id{[0-9]+}/test', async (c) => {
    const encryptionKey = encryptionKeyOf(c);
    const id = idParam(c, resource);
    const row = await findTarget(requestDb(c), id);
    if (row === undefined) throw notFound(resource, id);
    let target;
    try {
      target = await openConfig(row.type, row.config, encryptionKey);
    } catch (error) {
      return c.json({ ok: false, status: null, latencyMs: 0, error: error instanceof Error ? error.message : String(error) });
    }
    const timeoutMs = c.get('config').API_TEST_TIMEOUT_MS;
    return c.json(await sendNotification(target, sampleMessage(Date.now()), { timeoutMs }));
  })
  .get('/notifications/bindings', async (c) => c.json({ bindings: presentBindings(await listBindings(requestDb(c))) }))
  .put('/notifications/bindings', async (c) => {
    const input = await parseBody(c, bindingsSchema);
    const rows = await requestDb(c).transaction(async (tx) => {
      const wanted = input.bindings.flatMap((b) => b.targetIds);
      const known = await existingTargetIds(tx, wanted);
      const fields: Record<string, string[]> = {};
      input.bindings.forEach((binding, index) => {
        binding.targetIds.forEach((targetId, at) => {
          if (!known.has(targetId)) (fields[`bindings.${index}.targetIds.${at}`] ??= []).push(`No notification target ${targetId}`);
        });
      });
      if (Object.keys(fields).length > 0) throw validationError(fields);
      for (const binding of input.bindings) {
        const options = binding.event === 'daily_leaderboard' ? { time: binding.options?.time ?? defaultLeaderboardTime } : {};
        await replaceEventBindings(tx, binding.event, { targetIds: [...new Set(binding.targetIds)], enabled: binding.enabled ?? true, options });
      }
      await recordAudit(tx, c, { action: 'update', resourceType: 'notification_bindings', resourceId: 0, detail: { bindings: input.bindings } });
      return listBindings(tx);
    });
    return c.json({ bindings: presentBindings(rows) });
  });
