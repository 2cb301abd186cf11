// A provider's proxy password (SPEC §4.8) through the admin API: stored encrypted apart from the URL,
// shown and audited only as a mask, kept when the mask comes back, and put back for the tunnel of
// proxied requests and connection tests alike.
import { env } from 'cloudflare:test';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../worker/src/db/schema/audit-log.ts';
import { providers } from '../worker/src/db/schema/providers.ts';
import { adminCall, unique, withDatabase, type ErrorBody } from './admin-helpers.ts';
import { callGateway, gatewayOrigin } from './support/gateway.ts';
import { seedKey, seedUser } from './support/seed.ts';

interface ProviderBody {
  id: number;
  proxyUrl: string | null;
}

const proxies = JSON.parse(env.OUTBOUND_PROXIES) as { connectAuth: string; credentials: { username: string; password: string } };
const { username, password } = proxies.credentials;
const proxyHost = new URL(proxies.connectAuth).host;
const withPassword = proxies.connectAuth.replace('://', `://${encodeURIComponent(username)}:${encodeURIComponent(password)}@`);
const secret = `:${encodeURIComponent(password)}@`;
const masked = `http://${encodeURIComponent(username)}:********@${proxyHost}`;
const group = unique('proxied-group');

const storedRow = (id: number) =>
  withDatabase(async ({ db }) => {
    const [row] = await db.select().from(providers).where(eq(providers.id, id));
    return row;
  });

let provider: ProviderBody;

beforeAll(async () => {
  const created = await adminCall<ProviderBody>('POST', '/providers', {
    name: unique('proxied'),
    type: 'openai-compatible',
    baseUrl: env.MOCK_UPSTREAM_URL,
    apiKey: 'sk-proxy-password',
    groupTag: group,
    proxyUrl: withPassword,
  });
  expect(created.status).toBe(201);
  provider = created.body;
});

describe('a proxy password', () => {
  it('is answered as a mask and stored encrypted, apart from the URL', async () => {
    expect(provider.proxyUrl).toBe(masked);
    const listed = await adminCall<{ providers: ProviderBody[] }>('GET', '/providers');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const row = await storedRow(provider.id);
    expect(row?.proxyUrl).toBe(`http://${encodeURIComponent(username)}@${proxyHost}`);
    expect(row?.proxyPasswordEncrypted).toMatch(/^v1\./);
    expect(row?.proxyPasswordEncrypted).not.toContain(encodeURIComponent(password));
  });

  it('never reaches the audit log', async () => {
    const entries = await withDatabase(({ db }) =>
      db.select().from(auditLog).where(and(eq(auditLog.resourceType, 'provider'), eq(auditLog.resourceId, String(provider.id)))),
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(entries)).not.toContain(secret);
    expect(JSON.stringify(entries)).toContain(masked);
  });

  it('opens the tunnel of a proxied request', async () => {
    const user = await seedUser({ providerGroup: group });
    const key = await seedKey(user.id);
    const response = await callGateway(
      new Request(`${gatewayOrigin}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'through the proxy' }] }),
      }),
    );
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain('Mock reply to: through the proxy');
  });

  it('opens the tunnel of a connection test', async () => {
    const tested = await adminCall<{ ok: boolean; proxy: { outcome: string } | null }>('POST', `/providers/${provider.id}/test`, {});
    expect(tested.body).toMatchObject({ ok: true, proxy: { address: proxyHost, outcome: 'tunnelled' } });
  });

  it('is kept when an edit sends the mask back, and replaced or dropped when the URL says so', async () => {
    const before = (await storedRow(provider.id))?.proxyPasswordEncrypted;
    const kept = await adminCall<ProviderBody>('PATCH', `/providers/${provider.id}`, { weight: 3, proxyUrl: masked });
    expect(kept.status).toBe(200);
    expect((await storedRow(provider.id))?.proxyPasswordEncrypted).toBe(before);

    await adminCall('PATCH', `/providers/${provider.id}`, { proxyUrl: withPassword.replace(encodeURIComponent(password), 'other-secret') });
    const replaced = (await storedRow(provider.id))?.proxyPasswordEncrypted;
    expect(replaced).not.toBe(before);
    expect(replaced).not.toContain('other-secret');

    const dropped = await adminCall<ProviderBody>('PATCH', `/providers/${provider.id}`, { proxyUrl: proxies.connectAuth });
    expect(dropped.body.proxyUrl).toBe(`http://${proxyHost}`);
    expect((await storedRow(provider.id))?.proxyPasswordEncrypted).toBeNull();
  });

  it('cannot be kept by the mask when none is stored', async () => {
    const refused = await adminCall<ErrorBody>('PATCH', `/providers/${provider.id}`, { proxyUrl: masked });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details?.fields.proxyUrl?.[0]).toContain('No proxy password is stored');
  });
});
