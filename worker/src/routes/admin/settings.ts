// /api/admin/settings (SPEC §7.2): the system-wide settings row — time zone, log cleanup, which model
// name prices a redirected request, the price sync URL and the spend alert threshold. A save drops the
// cached copy requests read (runtime-settings.ts), so it applies to the next request.
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { runtimeSettingsKey } from '../../cache/cache-keys.ts';
import { readSettings, updateSettings } from '../../db/queries/settings.ts';
import { requestDb } from '../../db/request-database.ts';
import { parseBody } from './parse-body.ts';
import { invalidateCache, recordAudit } from './route-helpers.ts';
import { settingsSchema } from './settings-schema.ts';

const settingsId = 1;

export const settingsRoutes = new Hono<AppEnv>()
  .get('/settings', async (c) => {
    const { id: _id, ...settings } = await readSettings(requestDb(c));
    return c.json(settings);
  })
  .put('/settings', async (c) => {
    const input = await parseBody(c, settingsSchema);
    const saved = await requestDb(c).transaction(async (tx) => {
      const row = await updateSettings(tx, input);
      await recordAudit(tx, c, { action: 'update', resourceType: 'settings', resourceId: settingsId, detail: { fields: input } });
      return row;
    });
    await invalidateCache(c, [runtimeSettingsKey]);
    const { id: _id, ...settings } = saved;
    return c.json(settings);
  });
