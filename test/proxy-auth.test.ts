// Client authentication (SPEC §3.2): each refusal with its own message in the client's format,
// conflicting keys refused, credentials never forwarded, failures throttled per IP.
import { beforeAll, describe, expect, it } from 'vitest';
import { callGateway, gatewayOrigin, mockRequests, settle } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

const keys: Record<string, string> = {};
let gemini: SeededProvider;

beforeAll(async () => {
  const group = uniqueName('auth');
  const past = new Date(Date.now() - 60_000);
  const active = await seedUser({ providerGroup: group });
  keys.good = await seedKey(active.id);
  keys.other = await seedKey(active.id);
  keys.disabledKey = await seedKey(active.id, { enabled: false });
  keys.expiredKey = await seedKey(active.id, { expiresAt: past });
  keys.disabledUser = await seedKey((await seedUser({ enabled: false })).id);
  keys.expiredUser = await seedKey((await seedUser({ expiresAt: past })).id);
  // Claude models go to the claude provider, Gemini models to the gemini one: no conversion here.
  await seedProvider('claude', { groupTag: group, allowedModels: ['claude-*'] });
  gemini = await seedProvider('gemini', { groupTag: group, allowedModels: ['gemini-*'] });
});

function anthropicCall(headers: Record<string, string>, ip = '198.51.100.1') {
  return callGateway(
    new Request(`${gatewayOrigin}/v1/messages?beta=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip, ...headers },
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] }),
    }),
  );
}

async function refusal(response: Response): Promise<{ status: number; type: string; message: string }> {
  const body = await response.json<{ error: { type: string; message: string } }>();
  return { status: response.status, type: body.error.type, message: body.error.message.replace(/ \(request id: req_[0-9a-f]+\)$/, '') };
}

describe('client authentication', () => {
  it.each([
    ['no key', {}, 'Missing API key'],
    ['an unknown key', { 'x-api-key': 'cch_unknownunknownunknownunknown0000' }, 'Invalid API key'],
    ['a disabled key', () => ({ 'x-api-key': keys.disabledKey ?? '' }), 'Key is disabled'],
    ['an expired key', () => ({ 'x-api-key': keys.expiredKey ?? '' }), 'Key has expired'],
    ['a disabled user', () => ({ authorization: `Bearer ${keys.disabledUser}` }), 'User is disabled'],
    ['an expired user', () => ({ authorization: `Bearer ${keys.expiredUser}` }), 'User has expired'],
    ['two different keys', () => ({ 'x-api-key': keys.good ?? '', authorization: `Bearer ${keys.other}` }), 'Conflicting API keys: send one key per request'],
  ])('refuses %s with its own 401 message in the Anthropic format', async (_name, headers, message) => {
    const response = await anthropicCall(typeof headers === 'function' ? headers() : headers, `198.51.100.${Math.floor(Math.random() * 200)}`);
    expect(await refusal(response)).toEqual({ status: 401, type: 'authentication_error', message });
  });

  it('accepts the same key sent in two headers, and the Claude Code query string', async () => {
    const response = await anthropicCall({ 'x-api-key': keys.good ?? '', authorization: `Bearer ${keys.good}` });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });

  it('accepts ?key= for Gemini clients and never forwards it or any client credential', async () => {
    const response = await callGateway(
      new Request(`${gatewayOrigin}/v1beta/models/gemini-2.5-flash:generateContent?key=${keys.good}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }] }),
      }),
    );
    expect(response.status).toBe(200);
    await settle();
    const [seen] = await mockRequests(gemini.apiKey);
    expect(seen?.query).toEqual({});
    expect(seen?.headers['x-goog-api-key']).toBe(gemini.apiKey);
    expect(JSON.stringify(seen)).not.toContain(keys.good);
  });

  it('answers in the Gemini format on Gemini paths', async () => {
    const response = await callGateway(new Request(`${gatewayOrigin}/v1beta/models/gemini-2.5-flash:generateContent`, { method: 'POST', body: '{}' }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
  });

  it('throttles an IP after 20 failures in 5 minutes, and only that IP', async () => {
    const ip = '203.0.113.77';
    for (let i = 0; i < 20; i++) expect((await anthropicCall({ 'x-api-key': 'cch_wrong' }, ip)).status).toBe(401);
    const blocked = await anthropicCall({ 'x-api-key': keys.good ?? '' }, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(500);
    expect((await anthropicCall({ 'x-api-key': keys.good ?? '' }, '203.0.113.78')).status).toBe(200);
  });
});
