// /api/admin/providers (SPEC §4.2, §7.2). The API key is write-only: encrypted with ENCRYPTION_KEY
// on the way in, never returned; a proxy password likewise, shown masked. Writes drop the proxy's
// provider snapshot.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { providersSnapshotKey } from '../../cache/cache-keys.ts';
import { encryptSecret } from '../../crypto/encrypt-secret.ts';
import {
  findProvider,
  insertProvider,
  listProviders,
  softDeleteProvider,
  updateProvider,
} from '../../db/queries/providers.ts';
import { requestDb } from '../../db/request-database.ts';
import { ProxyError } from '../../errors.ts';
import { maskProxyUrl } from '../../upstream/outbound-proxy/proxy-password.ts';
import { parseBody } from './parse-body.ts';
import { presentProvider } from './present-resources.ts';
import { proxyColumns } from './provider-proxy-columns.ts';
import { createProviderSchema, patchProviderSchema } from './provider-schema.ts';
import { idParam, invalidateCache, notFound, recordAudit, withNameConflict } from './route-helpers.ts';

const taken = (name: string | undefined) => `A provider named "${name ?? ''}" already exists`;

/**
 * Creating or editing a provider needs ENCRYPTION_KEY, since its API key is stored under it and the
 * proxy could not use a provider it cannot decrypt. Deleting does not, so a lost key can be cleaned up.
 */
function encryptionKeyOf(c: Context<AppEnv>): string {
  const key = c.get('config').ENCRYPTION_KEY;
  if (key !== undefined) return key;
  throw new ProxyError(
    'unavailable',
    'Provider changes need ENCRYPTION_KEY, which encrypts provider API keys at rest: ' +
      'set a random secret of at least 32 characters with `wrangler secret put ENCRYPTION_KEY`',
    { code: 'encryption_key_missing' },
  );
}

/** The audit view of a provider write: every changed field, the API key only as "changed", no proxy password. */
function auditedFields(input: { apiKey?: string | undefined; proxyUrl?: string | null | undefined }): Record<string, unknown> {
  const { apiKey, ...fields } = input;
  if (typeof fields.proxyUrl === 'string') fields.proxyUrl = maskProxyUrl(fields.proxyUrl, false);
  return apiKey === undefined ? { fields } : { fields, apiKeyChanged: true };
}

export const providerRoutes = new Hono<AppEnv>()
  .get('/providers', async (c) => {
    const rows = await listProviders(requestDb(c));
    return c.json({ providers: rows.map(presentProvider) });
  })
  .post('/providers', async (c) => {
    const encryptionKey = encryptionKeyOf(c);
    const input = await parseBody(c, createProviderSchema);
    const { apiKey, proxyUrl, ...fields } = input;
    const apiKeyEncrypted = await encryptSecret(apiKey, encryptionKey);
    const proxy = await proxyColumns(proxyUrl, () => Promise.resolve(undefined), encryptionKey);
    const row = await withNameConflict(
      () =>
        requestDb(c).transaction(async (tx) => {
          const provider = await insertProvider(tx, { ...fields, ...proxy, apiKeyEncrypted });
          await recordAudit(tx, c, { action: 'create', resourceType: 'provider', resourceId: provider.id, detail: auditedFields(input) });
          return provider;
        }),
      taken(input.name),
    );
    await invalidateCache(c, [providersSnapshotKey]);
    return c.json(presentProvider(row), 201);
  })
  .get('/providers/:id{[0-9]+}', async (c) => {
    const id = idParam(c, 'Provider');
    const row = await findProvider(requestDb(c), id);
    if (row === undefined) throw notFound('Provider', id);
    return c.json(presentProvider(row));
  })
  .patch('/providers/:id{[0-9]+}', async (c) => {
    const encryptionKey = encryptionKeyOf(c);
    const id = idParam(c, 'Provider');
    const input = await parseBody(c, patchProviderSchema);
    const { apiKey, proxyUrl, ...fields } = input;
    const apiKeyEncrypted = apiKey === undefined ? undefined : await encryptSecret(apiKey, encryptionKey);
    const proxy = await proxyColumns(proxyUrl, () => findProvider(requestDb(c), id), encryptionKey);
    const changes = { ...fields, ...proxy, ...(apiKeyEncrypted === undefined ? {} : { apiKeyEncrypted }) };
    const row = await withNameConflict(
      () =>
        requestDb(c).transaction(async (tx) => {
          const provider = await updateProvider(tx, id, changes, new Date());
          if (provider === undefined) return undefined;
          await recordAudit(tx, c, { action: 'update', resourceType: 'provider', resourceId: id, detail: auditedFields(input) });
          return provider;
        }),
      taken(input.name),
    );
    if (row === undefined) throw notFound('Provider', id);
    await invalidateCache(c, [providersSnapshotKey]);
    return c.json(presentProvider(row));
  })
  .delete('/providers/:id{[0-9]+}', async (c) => {
    const id = idParam(c, 'Provider');
    const row = await requestDb(c).transaction(async (tx) => {
      const provider = await softDeleteProvider(tx, id, new Date());
      if (provider === undefined) return undefined;
      await recordAudit(tx, c, { action: 'delete', resourceType: 'provider', resourceId: id, detail: { name: provider.name } });
      return provider;
    });
    if (row === undefined) throw notFound('Provider', id);
    await invalidateCache(c, [providersSnapshotKey]);
    return c.json({ deleted: true, id });
  });
