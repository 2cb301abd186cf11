// Per-provider outbound proxies (SPEC §4.8): requests tunnel through a local HTTP CONNECT or SOCKS5
// proxy over Workers TCP sockets, a failing proxy fails over like a refused connection or falls back
// to a direct request when the provider allows it, and a client leaving closes the tunnel.
import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../worker/src/db/client.ts';
import { requestLog } from '../worker/src/db/schema/request-log.ts';
import type { ChainEntry } from '../worker/src/pipeline/provider-chain.ts';
import { callGateway, gatewayOrigin, mockRequests, scriptMock, settle } from './support/gateway.ts';
import { flushOutboxes } from './support/outbox.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

type ProxyName = 'connect' | 'connectAuth' | 'socks5' | 'socks5Auth';
interface TunnelStats {
  opened: number;
  open: number;
  refused: number;
}
const proxies = JSON.parse(env.OUTBOUND_PROXIES) as Record<ProxyName | 'silent', string> & { credentials: { username: string; password: string }; statsUrl: string };

async function stats(): Promise<Record<ProxyName, TunnelStats>> {
  const response = await fetch(proxies.statsUrl);
  return response.json();
}

function withCredentials(url: string, username: string, password: string): string {
  return url.replace('://', `://${encodeURIComponent(username)}:${encodeURIComponent(password)}@`);
}

interface SetupOptions {
  fallbackToDirect?: boolean;
  backup?: boolean;
  firstByteTimeout?: number;
}
type Setup = Awaited<ReturnType<typeof seedSetup>>;

/** A user whose group holds a provider with the given proxy and, if asked, a direct backup after it. */
async function seedSetup(proxyUrl: string, options: SetupOptions) {
  const group = uniqueName('outbound');
  const user = await seedUser({ providerGroup: group });
  const key = await seedKey(user.id);
  const proxied = await seedProvider('openai-compatible', { groupTag: group, proxyUrl, proxyFallbackToDirect: options.fallbackToDirect ?? false, ...(options.firstByteTimeout ? { firstByteTimeout: options.firstByteTimeout } : {}) });
  const backup = options.backup ? await seedProvider('openai-compatible', { groupTag: group, priority: 1 }) : undefined;
  return { userId: user.id, key, proxied, backup };
}

// The worker keeps its provider list for a while once read, so every provider is seeded up front.
const planned: { proxyUrl: string; options: SetupOptions; seeded?: Setup }[] = [];

/** Declares a setup (at collection time); the returned function gives it once seeded. */
function plan(proxyUrl: string, options: SetupOptions = {}): () => Setup {
  const entry: (typeof planned)[number] = { proxyUrl, options };
  planned.push(entry);
  return () => {
    if (entry.seeded === undefined) throw new Error('setup not seeded');
    return entry.seeded;
  };
}

beforeAll(async () => {
  for (const entry of planned) entry.seeded = await seedSetup(entry.proxyUrl, entry.options);
});

function chat(key: string, stream: boolean, content = 'through the tunnel') {
  return callGateway(
    new Request(`${gatewayOrigin}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4.1', stream, messages: [{ role: 'user', content }] }),
    }),
  );
}

async function chainOf(userId: number): Promise<ChainEntry[]> {
  await flushOutboxes();
  const database = openDatabase({ url: env.DATABASE_URL, wsProxy: env.NEON_WS_PROXY });
  try {
    const rows = await database.db.select().from(requestLog).where(eq(requestLog.userId, userId));
    expect(rows).toHaveLength(1);
    return (rows[0]?.providerChain ?? []) as ChainEntry[];
  } finally {
    await database.close();
  }
}

async function servedThrough(name: ProxyName, setup: Setup, stream: boolean): Promise<{ provider: SeededProvider; text: string }> {
  const { key, proxied } = setup;
  const before = (await stats())[name];
  const response = await chat(key, stream);
  expect(response.status).toBe(200);
  const text = await response.text();
  await settle();
  expect((await stats())[name].opened).toBe(before.opened + 1);
  expect(await mockRequests(proxied.apiKey)).toHaveLength(1);
  return { provider: proxied, text };
}

describe.each([
  { protocol: 'HTTP CONNECT', open: 'connect' as const, auth: 'connectAuth' as const },
  { protocol: 'SOCKS5', open: 'socks5' as const, auth: 'socks5Auth' as const },
])('through an $protocol proxy', ({ open, auth }) => {
  const s = {
    plain: plan(proxies[open]),
    streaming: plan(proxies[open]),
    chain: plan(proxies[open]),
    credentials: plan(withCredentials(proxies[auth], proxies.credentials.username, proxies.credentials.password)),
    missing: plan(proxies[auth], { backup: true }),
    wrong: plan(withCredentials(proxies[auth], proxies.credentials.username, 'not-the-password'), { backup: true }),
  };

  it('serves a non-streaming request through the tunnel', async () => {
    const { text } = await servedThrough(open, s.plain(), false);
    expect(JSON.parse(text)).toMatchObject({ choices: [{ message: { content: 'Mock reply to: through the tunnel' } }] });
  });

  it('streams a response through the tunnel event by event', async () => {
    const { text } = await servedThrough(open, s.streaming(), true);
    expect(text).toContain('"content"');
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('records the tunnel in the provider chain', async () => {
    const { userId, key } = s.chain();
    expect((await chat(key, false)).status).toBe(200);
    const [entry] = await chainOf(userId);
    expect(entry).toMatchObject({ outcome: 'success', proxy: { address: new URL(proxies[open]).host, outcome: 'tunnelled' } });
  });

  it('authenticates with the credentials in the proxy URL', async () => {
    await servedThrough(auth, s.credentials(), false);
  });

  it('fails over to the next provider when the proxy requires credentials and none are set', async () => {
    const { userId, key, backup } = s.missing();
    const response = await chat(key, false);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(await mockRequests(backup?.apiKey ?? '')).toHaveLength(1);
    const [failed, served] = await chainOf(userId);
    expect(failed).toMatchObject({ outcome: 'failure', category: 'SYSTEM_ERROR', proxy: { outcome: 'failed' } });
    expect(failed?.error).toContain(`proxy ${new URL(proxies[auth]).host} requires credentials`);
    expect(served).toMatchObject({ outcome: 'success', providerId: backup?.id });
  });

  it('fails over with a clear error that hides the password when the credentials are wrong', async () => {
    const before = (await stats())[auth];
    const { userId, key, backup } = s.wrong();
    const response = await chat(key, true);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('data: [DONE]');
    expect(await mockRequests(backup?.apiKey ?? '')).toHaveLength(1);
    expect((await stats())[auth].refused).toBe(before.refused + 1);
    const chain = await chainOf(userId);
    expect(chain[0]?.error).toContain(`proxy ${new URL(proxies[auth]).host} refused the credentials`);
    expect(JSON.stringify(chain)).not.toContain('not-the-password');
  });
});

describe('a proxy that is down', () => {
  const down = 'socks5://user:down-secret@127.0.0.1:1';
  const s = {
    failover: plan(down, { backup: true }),
    alone: plan('http://127.0.0.1:1'),
    fallback: plan(down, { fallbackToDirect: true }),
  };

  it('fails the provider over like a refused connection', async () => {
    const { userId, key, proxied, backup } = s.failover();
    const response = await chat(key, false);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(await mockRequests(proxied.apiKey)).toHaveLength(0);
    expect(await mockRequests(backup?.apiKey ?? '')).toHaveLength(1);
    const chain = await chainOf(userId);
    expect(chain[0]).toMatchObject({ providerId: proxied.id, outcome: 'failure', category: 'SYSTEM_ERROR', proxy: { address: '127.0.0.1:1', outcome: 'failed' } });
    expect(chain[0]?.error).toContain('proxy 127.0.0.1:1 is unreachable');
    expect(JSON.stringify(chain)).not.toContain('down-secret');
  });

  it('answers 502 naming the proxy when no other provider is left', async () => {
    const { key } = s.alone();
    const response = await chat(key, false);
    expect(response.status).toBe(502);
    expect(await response.text()).toContain('proxy 127.0.0.1:1 is unreachable');
  });

  it('is bypassed with proxyFallbackToDirect, and the chain records the fallback', async () => {
    const { userId, key, proxied } = s.fallback();
    const response = await chat(key, true);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('data: [DONE]');
    expect(await mockRequests(proxied.apiKey)).toHaveLength(1);
    const chain = await chainOf(userId);
    expect(chain).toHaveLength(1);
    expect(chain[0]).toMatchObject({ providerId: proxied.id, outcome: 'success', proxy: { address: '127.0.0.1:1', outcome: 'fell_back_to_direct' } });
    expect(chain[0]?.proxy?.error).toContain('proxy 127.0.0.1:1 is unreachable');
  });
});

describe('a proxy that never answers', () => {
  const s = { silent: plan(proxies.silent, { fallbackToDirect: true, firstByteTimeout: 1000 }), failover: plan(proxies.silent, { backup: true, firstByteTimeout: 1000 }) };

  it('gives the proxy half the deadline, then falls back to direct', async () => {
    const { userId, key, proxied } = s.silent();
    const response = await chat(key, true);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('data: [DONE]');
    expect(await mockRequests(proxied.apiKey)).toHaveLength(1);
    const [entry] = await chainOf(userId);
    expect(entry).toMatchObject({ outcome: 'success', proxy: { outcome: 'fell_back_to_direct', error: `proxy ${new URL(proxies.silent).host} did not open the tunnel within 500 ms` } });
  });

  it('fails over without the fallback', async () => {
    const { userId, key, backup } = s.failover();
    const response = await chat(key, true);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('data: [DONE]');
    const [failed, served] = await chainOf(userId);
    expect(failed).toMatchObject({ outcome: 'failure', category: 'SYSTEM_ERROR', proxy: { outcome: 'failed' } });
    expect(served?.providerId).toBe(backup?.id);
  });
});

describe('timeouts', () => {
  const slow = plan(proxies.connect, { backup: true, firstByteTimeout: 300 });

  it('closes the tunnel and fails over when the first byte does not come in time', async () => {
    const { key, proxied, backup } = slow();
    await scriptMock({ match: { apiKey: proxied.apiKey }, always: true, delayBeforeHeadersMs: 3000 });
    const before = (await stats()).connect;
    const response = await chat(key, true);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('data: [DONE]');
    expect(await mockRequests(backup?.apiKey ?? '')).toHaveLength(1);
    let now = await stats();
    for (let i = 0; i < 60 && now.connect.open > before.open; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      now = await stats();
    }
    expect(now.connect.opened).toBe(before.opened + 1);
    expect(now.connect.open).toBe(before.open);
  });
});

describe('client disconnect', () => {
  const tunnelled = plan(proxies.socks5);
  it('closes the tunnel when the client goes away mid-stream', async () => {
    const { key, proxied } = tunnelled();
    await scriptMock({ match: { apiKey: proxied.apiKey }, always: true, delayBetweenEventsMs: 300 });
    const before = (await stats()).socks5;
    const response = await chat(key, true);
    const reader = response.body?.getReader();
    await reader?.read();
    expect((await stats()).socks5.open).toBe(before.open + 1);
    await reader?.cancel();
    let now = await stats();
    for (let i = 0; i < 60 && now.socks5.open > before.open; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      now = await stats();
    }
    expect(now.socks5.open).toBe(before.open);
    expect(now.socks5.opened).toBe(before.opened + 1);
    const [record] = await mockRequests(proxied.apiKey);
    expect(record?.disconnected).toBe(true);
    expect(record?.finishedAt).toBeUndefined();
  });
});
