// The system settings take effect (SPEC §4.4, §5, §8.3, §7.2): a time zone saved with PUT /settings
// moves the daily window of a limit, of /v1/usage and of the rollups on the next request;
// billingModelSource picks the price of a redirected request; a new spend alert share applies to the
// next settle; and with Postgres down requests are served under the last known settings.
import { env } from 'cloudflare:test';
import { asc, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dailyWindow } from '../durable-objects/limiter/window-bounds.ts';
import { runtimeSettingsKey } from '../worker/src/cache/cache-keys.ts';
import { createCache } from '../worker/src/cache/shared-cache.ts';
import { requestLog } from '../worker/src/db/schema/request-log.ts';
import { usageDaily } from '../worker/src/db/schema/usage-daily.ts';
import { createLogger } from '../worker/src/log.ts';
import { dayIn } from '../worker/src/request-log/rollup.ts';
import { adminCall, withDatabase } from './admin-helpers.ts';
import { control } from './support/control.ts';
import { callGateway, gatewayOrigin, scriptMock, settle } from './support/gateway.ts';
import { flushOutboxes } from './support/outbox.ts';
import { seedKey, seedProvider, seedUser, uniqueName } from './support/seed.ts';
import { hookChannel } from './support/webhook-channel.ts';

type SettingsFields = Record<string, unknown>;
type Tenant = Awaited<ReturnType<typeof tenant>>;

let original: SettingsFields;
const targets: number[] = [];
const t = {} as Record<'window' | 'usage' | 'rollup' | 'billing' | 'alert' | 'outage', Tenant>;

beforeAll(async () => {
  const { updatedAt: _updatedAt, ...fields } = (await adminCall<SettingsFields>('GET', '/settings')).body;
  original = fields;
  await putSettings({ timeZone: null, billingModelSource: 'original', spendAlertThreshold: 0.8 });
  // Every provider exists before the first request: the gateway caches the provider list.
  t.window = await tenant();
  t.usage = await tenant();
  t.rollup = await tenant();
  t.billing = await tenant({ redirectTo: 'claude-haiku-4-5' });
  t.alert = await tenant({ userFields: { dailyLimitUsd: 10 } });
  t.outage = await tenant({ redirectTo: 'claude-haiku-4-5' });
});

afterEach(() => vi.restoreAllMocks());

afterAll(async () => {
  await control('db/start');
  await putSettings(original);
  await adminCall('PUT', '/notifications/bindings', { bindings: [{ event: 'spend_alert', targetIds: [] }] });
  for (const id of targets) await adminCall('DELETE', `/notifications/targets/${id}`);
});

async function putSettings(fields: SettingsFields): Promise<void> {
  expect((await adminCall('PUT', '/settings', fields)).status).toBe(200);
}

/** A user of its own group served by one claude provider; each scripted answer reports 1M input tokens. */
async function tenant(options: { redirectTo?: string; userFields?: Parameters<typeof seedUser>[0] } = {}) {
  const group = uniqueName('set');
  const user = await seedUser({ providerGroup: group, ...options.userFields });
  const provider = await seedProvider('claude', {
    groupTag: group,
    ...(options.redirectTo ? { modelRedirects: [{ from: 'claude-sonnet-4-5', to: options.redirectTo }] } : {}),
  });
  await scriptMock({ match: { apiKey: provider.apiKey }, always: true, usage: { input: 1_000_000, output: 0 } });
  return { user, provider };
}

async function ask(key: string): Promise<Response> {
  const response = await callGateway(
    new Request(`${gatewayOrigin}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hello' }] }),
    }),
  );
  await settle();
  return response;
}

async function refusal(response: Response): Promise<string> {
  expect(response.status).toBe(429);
  return (await response.json<{ error: { message: string } }>()).error.message;
}

async function loggedRows(userId: number) {
  await flushOutboxes();
  return withDatabase(({ db }) =>
    db
      .select({ costUsd: requestLog.costUsd, modelSent: requestLog.modelSent, createdAt: requestLog.createdAt })
      .from(requestLog)
      .where(eq(requestLog.userId, userId))
      .orderBy(asc(requestLog.createdAt)),
  );
}

interface UsageView {
  timeZone: string;
  key: { limits: { limit: string; resetAt: string | null }[] };
}

async function usageView(key: string): Promise<UsageView> {
  const answer = await callGateway(new Request(`${gatewayOrigin}/v1/usage`, { headers: { authorization: `Bearer ${key}` } }));
  expect(answer.status).toBe(200);
  return answer.json<UsageView>();
}

describe('system settings in effect', () => {
  it('moves the daily window of a key limit on the next request after the time zone is saved', async () => {
    const { user } = t.window;
    // 1M input tokens of claude-sonnet-4-5: 3 USD against a daily limit of 1 USD.
    const key = await seedKey(user.id, { dailyLimitUsd: 1 });
    await putSettings({ timeZone: 'Australia/Eucla' });
    const spentAt = Date.now();
    expect((await ask(key)).status).toBe(200);
    expect(await refusal(await ask(key))).toMatch(/^Rate limit exceeded: daily spend 3\.00\/1\.00 USD, resets \d{4}-\d\d-\d\dT15:15:00Z/);

    await putSettings({ timeZone: null });
    // The 3 USD still count in the UTC day only if the Eucla day they were spent in started inside it.
    const tallyStart = dailyWindow(spentAt, 'Australia/Eucla', '00:00').start;
    const utcDay = dailyWindow(Date.now(), 'UTC', '00:00');
    const next = await ask(key);
    if (tallyStart >= utcDay.start) expect(await refusal(next)).toMatch(/resets \d{4}-\d\d-\d\dT00:00:00Z/);
    else expect(next.status).toBe(200);
  });

  it('answers /v1/usage in the saved time zone', async () => {
    const { user } = t.usage;
    const key = await seedKey(user.id, { dailyLimitUsd: 5 });
    await putSettings({ timeZone: 'Australia/Eucla' });
    const local = await usageView(key);
    expect(local.timeZone).toBe('Australia/Eucla');
    expect(local.key.limits.find((l) => l.limit === 'daily')?.resetAt).toMatch(/T15:15:00\.000Z$/);
    await putSettings({ timeZone: null });
    const utc = await usageView(key);
    expect(utc.timeZone).toBe('UTC');
    expect(utc.key.limits.find((l) => l.limit === 'daily')?.resetAt).toMatch(/T00:00:00\.000Z$/);
  });

  it('rolls requests up by the day in the saved time zone', async () => {
    const now = Date.now();
    // UTC+14 and UTC−11 together cover the clock: one of them is always on another date than UTC.
    const zone = dayIn(now, 'Pacific/Kiritimati') !== dayIn(now, 'UTC') ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
    const { user } = t.rollup;
    const key = await seedKey(user.id);
    await putSettings({ timeZone: zone });
    expect((await ask(key)).status).toBe(200);
    const [row] = await loggedRows(user.id);
    const days = await withDatabase(({ db }) => db.select({ day: usageDaily.day }).from(usageDaily).where(eq(usageDaily.userId, user.id)));
    expect(days).toEqual([{ day: dayIn(row?.createdAt.getTime() ?? 0, zone) }]);
    expect(days[0]?.day).not.toBe(dayIn(row?.createdAt.getTime() ?? 0, 'UTC'));
    await putSettings({ timeZone: null });
  });

  it('prices a redirected request by the model sent with billingModelSource redirected, by the model asked for with original', async () => {
    // claude-sonnet-4-5 costs 3 USD per million input tokens, claude-haiku-4-5 1 USD.
    const { user } = t.billing;
    const key = await seedKey(user.id);
    await putSettings({ billingModelSource: 'redirected' });
    expect((await ask(key)).status).toBe(200);
    await putSettings({ billingModelSource: 'original' });
    expect((await ask(key)).status).toBe(200);
    const rows = await loggedRows(user.id);
    expect(rows.map((r) => r.modelSent)).toEqual(['claude-haiku-4-5', 'claude-haiku-4-5']);
    expect(rows[0]?.costUsd).toBeCloseTo(1, 9);
    expect(rows[1]?.costUsd).toBeCloseTo(3, 9);
  });

  it('applies a new spend alert share to the next settle', async () => {
    const hook = hookChannel('share');
    const target = await adminCall<{ id: number }>('POST', '/notifications/targets', {
      type: 'webhook',
      name: uniqueName('hook'),
      config: { url: hook.url, bodyTemplate: '{"text":"{{text}}"}' },
    });
    targets.push(target.body.id);
    expect((await adminCall('PUT', '/notifications/bindings', { bindings: [{ event: 'spend_alert', targetIds: [target.body.id] }] })).status).toBe(200);
    const { user } = t.alert;
    const key = await seedKey(user.id);
    // 3 then 6 USD of a 10 USD daily limit: below 80 % both times, across 50 % on the second.
    await putSettings({ spendAlertThreshold: 0.8 });
    expect((await ask(key)).status).toBe(200);
    await putSettings({ spendAlertThreshold: 0.5 });
    expect((await ask(key)).status).toBe(200);
    const sent = (await hook.waitFor(1)).map((r) => JSON.parse(r.body) as { text: string });
    expect(sent).toEqual([{ text: expect.stringMatching(/has spent \$6\.00 of its daily limit of \$10\.00 \(alert at 50%\)/) }]);
  });

  it('serves requests under the last known settings while Postgres is down', async () => {
    const { user } = t.outage;
    const spent = await seedKey(user.id, { dailyLimitUsd: 0.5 });
    const open = await seedKey(user.id);
    await putSettings({ timeZone: 'Australia/Eucla', billingModelSource: 'redirected' });
    // Caches both keys and the settings, as any request does; the first spends 1 USD (haiku) of 0.50.
    expect((await ask(spent)).status).toBe(200);
    expect(await refusal(await ask(spent))).toMatch(/resets \d{4}-\d\d-\d\dT15:15:00Z/);
    expect((await ask(open)).status).toBe(200);

    // The cached settings are gone, so the next request must read Postgres, which is down.
    await createCache({ url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN, namespace: env.CACHE_NAMESPACE }, createLogger('warn')).delete(runtimeSettingsKey);
    const warn = vi.spyOn(console, 'warn');
    await control('db/stop');
    try {
      expect(await refusal(await ask(spent))).toMatch(/resets \d{4}-\d\d-\d\dT15:15:00Z/);
      expect((await ask(open)).status).toBe(200);
    } finally {
      await control('db/start');
    }
    expect(warn.mock.calls.some((args) => String(args[0]).includes('"msg":"System settings unavailable, using the last known"'))).toBe(true);
    const rows = await loggedRows(user.id);
    const served = rows.filter((r) => r.costUsd > 0);
    // Both served requests of the open key (before and during the outage) were priced as haiku.
    expect(served.map((r) => r.costUsd)).toEqual([1, 1, 1]);
  }, 60_000);
});
