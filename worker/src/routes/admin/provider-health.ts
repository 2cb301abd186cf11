// GET /providers/health and POST /providers/:id/circuit/reset (§4.6, §7.2): each provider's breaker
// state, failure count, reopening time, active sessions and recent latency and error rate, read from
// its ProviderGate; and the reset button. Mounted under /api/admin behind the admin auth middleware.
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import type { ProviderHealth } from '../../../../durable-objects/provider-gate/health.ts';
import { writeBreakerSnapshot } from '../../../../durable-objects/provider-gate/breaker-snapshot.ts';
import { callProviderGate } from '../../../../durable-objects/provider-gate/stub.ts';
import { cacheFromConfig } from '../../cache/shared-cache.ts';
import { findProvider } from '../../db/queries/providers.ts';
import { requestDb } from '../../db/request-database.ts';
import { ProxyError } from '../../errors.ts';
import { gatePolicyOf } from '../../pipeline/provider-gates.ts';
import { loadProviders } from '../../pipeline/provider-snapshot.ts';
import { requestSettings } from '../../settings/runtime-settings.ts';
import { idParam, notFound, recordAudit } from './route-helpers.ts';

const isoOrNull = (epochMs: number | null) => (epochMs === null ? null : new Date(epochMs).toISOString());

function present(health: ProviderHealth) {
  return {
    ...health,
    openedAt: isoOrNull(health.openedAt),
    reopenAt: isoOrNull(health.reopenAt),
    spend: health.spend.map((s) => ({ ...s, resetAt: isoOrNull(s.resetAt) })),
  };
}

export const providerHealthRoutes = new Hono<AppEnv>()
  .get('/providers/health', async (c) => {
    const config = c.get('config');
    const log = c.get('log');
    const cache = cacheFromConfig(config, log);
    const [providers, { timeZone }] = await Promise.all([loadProviders(c, cache), requestSettings(c, cache)]);
    const rows = await Promise.all(
      providers.map(async (p) => {
        const policy = gatePolicyOf(p, config, timeZone);
        const health = await callProviderGate(c.env, p.id, async (stub): Promise<ProviderHealth | null> => await stub.health({ policy }), log);
        const base = { id: p.id, name: p.name, enabled: p.enabled };
        return health ? { ...base, reachable: true, ...present(health) } : { ...base, reachable: false };
      }),
    );
    return c.json({ providers: rows });
  })
  .post('/providers/:id{[0-9]+}/circuit/reset', async (c) => {
    const id = idParam(c, 'Provider');
    const db = requestDb(c);
    if ((await findProvider(db, id)) === undefined) throw notFound('Provider', id);
    const done = await callProviderGate(c.env, id, async (stub): Promise<{ ok: true }> => await stub.resetCircuit(), c.get('log'));
    if (done === undefined) {
      throw new ProxyError('unavailable', `The circuit breaker of provider ${id} could not be reached; nothing was reset`, {
        code: 'provider_gate_unavailable',
      });
    }
    // The gate updates the shared snapshot itself; this also refreshes this isolate's copy at once.
    const config = c.get('config');
    const cache = cacheFromConfig(config, c.get('log'));
    await writeBreakerSnapshot(cache, id, { state: 'closed', reopenAt: null });
    await recordAudit(db, c, { action: 'update', resourceType: 'provider', resourceId: id, detail: { circuitReset: true } });
    return c.json({ id, status: 'closed' });
  });
