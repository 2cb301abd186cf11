// Failover by error category, timeouts, stickiness and client disconnects (SPEC §4.5, §4.7, §3.4),
// through the worker against scripted faults on the mock upstream.
import { beforeAll, describe, expect, it } from 'vitest';
import { callGateway, gatewayOrigin, mockRequests, scriptMock, settle } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

interface Setup {
  key: string;
  providers: SeededProvider[];
}

type ProviderFields = Parameters<typeof seedProvider>[1];

/** A user of its own group with the given claude providers, so tests never see each other's. */
async function setup(...fields: ProviderFields[]): Promise<Setup> {
  const group = uniqueName('fo');
  const user = await seedUser({ providerGroup: group });
  const providers = [];
  for (const f of fields) providers.push(await seedProvider('claude', { groupTag: group, ...f }));
  return { key: await seedKey(user.id), providers };
}

function messages(key: string, body: Record<string, unknown>, headers: Record<string, string> = {}, signal?: AbortSignal) {
  return callGateway(
    new Request(`${gatewayOrigin}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01', ...headers },
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'hello' }], ...body }),
      ...(signal ? { signal } : {}),
    }),
  );
}

const s: Record<string, Setup> = {};

// Providers are seeded before the first request: the provider snapshot is cached from then on.
beforeAll(async () => {
  s.retry = await setup({ maxRetryAttempts: 2 }, { priority: 1 });
  s.clientError = await setup({}, { priority: 1 });
  s.empty = await setup({}, { priority: 1 });
  s.firstByte = await setup({ firstByteTimeout: 300 }, { priority: 1 });
  s.allTimeout = await setup({ requestTimeout: 300 });
  s.idle = await setup({ idleTimeout: 300 });
  s.none = await setup({ enabled: false }, { allowedModels: ['gpt-*'] });
  s.sticky = await setup({}, {});
  s.disconnect = await setup({});
  s.redirect = await setup({ modelRedirects: [{ from: 'claude-sonnet-4-5', to: 'vendor/sonnet' }] });
});

const apiKey = (setup: Setup | undefined, index: number) => setup?.providers[index]?.apiKey ?? '';

describe('failover', () => {
  it('retries a provider that returns 529, then fails over to the next one without the client noticing', async () => {
    await scriptMock({ match: { apiKey: apiKey(s.retry, 0) }, always: true, status: 529 });
    const response = await messages(s.retry?.key ?? '', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ content: [{ type: 'text', text: 'Mock reply to: hello' }] });
    await settle();
    expect(await mockRequests(apiKey(s.retry, 0))).toHaveLength(2);
    expect(await mockRequests(apiKey(s.retry, 1))).toHaveLength(1);
  });

  it('returns an invalid-request error from the provider as it is, without trying another provider', async () => {
    await scriptMock({ match: { apiKey: apiKey(s.clientError, 0) }, always: true, status: 400, errorMessage: 'prompt is too long' });
    const response = await messages(s.clientError?.key ?? '', {});
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: 'prompt is too long' } });
    await settle();
    expect(await mockRequests(apiKey(s.clientError, 1))).toHaveLength(0);
  });

  it('fails a stream that ends before any content over to the next provider invisibly', async () => {
    await scriptMock({ match: { apiKey: apiKey(s.empty, 0) }, always: true, empty: true });
    const response = await messages(s.empty?.key ?? '', { stream: true });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('event: message_stop');
    expect(text).not.toContain('event: error');
    await settle();
    expect(await mockRequests(apiKey(s.empty, 1))).toHaveLength(1);
  });

  it('fails over when the first byte does not arrive within the first-byte timeout', async () => {
    await scriptMock({ match: { apiKey: apiKey(s.firstByte, 0) }, always: true, delayBeforeHeadersMs: 3000 });
    const response = await messages(s.firstByte?.key ?? '', { stream: true });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Mock reply');
    await settle();
    expect(await mockRequests(apiKey(s.firstByte, 1))).toHaveLength(1);
  });

  it('answers 504 Request timeout in the client format when every provider times out', async () => {
    await scriptMock({ match: { apiKey: apiKey(s.allTimeout, 0) }, always: true, delayBeforeHeadersMs: 3000 });
    const response = await messages(s.allTimeout?.key ?? '', {});
    expect(response.status).toBe(504);
    const body = await response.json<{ type: string; error: { type: string; message: string } }>();
    expect(body.error.message).toMatch(/^Request timeout \(request id: req_[0-9a-f]{32}\)$/);
  });

  it('ends a stream that stalls after its first content with the format’s error event', async () => {
    await scriptMock({ match: { apiKey: apiKey(s.idle, 0) }, always: true, stallAfterEvents: 5 });
    const response = await messages(s.idle?.key ?? '', { stream: true });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('event: content_block_delta');
    expect(text.trimEnd().split('\n\n').at(-1)).toMatch(/^event: error\ndata: \{"type":"error","error":\{"type":"timeout_error","message":"Request timeout/);
  });

  it('answers 503 No available provider found, saying why each provider was filtered out', async () => {
    const response = await messages(s.none?.key ?? '', {});
    expect(response.status).toBe(503);
    const body = await response.json<{ error: { message: string } }>();
    const [disabled, gptOnly] = s.none?.providers ?? [];
    expect(body.error.message).toContain('No available provider found');
    expect(body.error.message).toContain(`${disabled?.name}: disabled`);
    expect(body.error.message).toContain(`${gptOnly?.name}: model claude-sonnet-4-5 not allowed`);
  });
});

describe('sessions', () => {
  it('keeps a conversation on the provider that first served it', async () => {
    const headers = { 'x-claude-code-session-id': crypto.randomUUID() };
    for (let i = 0; i < 6; i++) {
      const response = await messages(s.sticky?.key ?? '', {}, headers);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      await settle();
    }
    const counts = [(await mockRequests(apiKey(s.sticky, 0))).length, (await mockRequests(apiKey(s.sticky, 1))).length];
    expect(counts.sort()).toEqual([0, 6]);
  });

  it('sends the redirected model upstream', async () => {
    const response = await messages(s.redirect?.key ?? '', {});
    expect(response.status).toBe(200);
    await settle();
    const [seen] = await mockRequests(apiKey(s.redirect, 0));
    expect(seen?.body).toMatchObject({ model: 'vendor/sonnet' });
  });
});

describe('client disconnect', () => {
  it('cancels the upstream request within a second of the client going away mid-stream', async () => {
    await scriptMock({ match: { apiKey: apiKey(s.disconnect, 0) }, always: true, delayBetweenEventsMs: 300 });
    const response = await messages(s.disconnect?.key ?? '', { stream: true });
    const reader = response.body?.getReader();
    await reader?.read();
    const leftAt = Date.now();
    await reader?.cancel();
    let record = (await mockRequests(apiKey(s.disconnect, 0)))[0];
    while (record?.disconnectedAt === undefined && Date.now() - leftAt < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      record = (await mockRequests(apiKey(s.disconnect, 0)))[0];
    }
    expect(record?.disconnected).toBe(true);
    expect(record?.finishedAt).toBeUndefined();
    expect((record?.disconnectedAt ?? Infinity) - leftAt).toBeLessThan(1000);
  });
});
