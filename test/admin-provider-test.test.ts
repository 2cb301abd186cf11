// POST /api/admin/providers/:id/test (§4.9) against the mock upstream: each provider type is called in
// its own format with its own auth, a failing or silent upstream is a 200 with ok=false, secrets never
// come back, and a test touches neither the breaker nor the request log.
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { requestLog } from '../worker/src/db/schema/request-log.ts';
import type { ProviderType } from '../worker/src/db/schema/providers.ts';
import { adminCall, base, bearer, callWithSettings, withDatabase, type ErrorBody } from './admin-helpers.ts';
import { mockRequests, scriptMock } from './support/gateway.ts';
import { seedProvider } from './support/seed.ts';

interface TestAnswer {
  providerId: number;
  ok: boolean;
  status: number | null;
  latencyMs: number;
  model: string;
  text: string | null;
  error: string | null;
  proxy: { address: string; outcome: string; error?: string } | null;
}

interface Health {
  id: number;
  status: string;
  consecutiveFailures: number;
  recent: { requests: number; failures: number };
}

const testProvider = (id: number, body?: unknown) => adminCall<TestAnswer>('POST', `/providers/${id}/test`, body);

async function loggedRows(providerId: number): Promise<number> {
  return withDatabase(async ({ db }) => {
    const [row] = await db.select({ n: count() }).from(requestLog).where(eq(requestLog.providerId, providerId));
    return row?.n ?? 0;
  });
}

const cases: Array<{ type: ProviderType; path: RegExp; auth: (key: string) => [string, string]; model: string }> = [
  { type: 'claude', path: /^\/v1\/messages$/, auth: (key) => ['x-api-key', key], model: 'claude-haiku-4-5' },
  { type: 'claude-auth', path: /^\/v1\/messages$/, auth: (key) => ['authorization', `Bearer ${key}`], model: 'claude-haiku-4-5' },
  { type: 'openai-compatible', path: /^\/v1\/chat\/completions$/, auth: (key) => ['authorization', `Bearer ${key}`], model: 'gpt-4o-mini' },
  { type: 'codex', path: /^\/v1\/responses$/, auth: (key) => ['authorization', `Bearer ${key}`], model: 'gpt-5-mini' },
  { type: 'gemini', path: /^\/v1beta\/models\/gemini-2\.5-flash:generateContent$/, auth: (key) => ['x-goog-api-key', key], model: 'gemini-2.5-flash' },
  { type: 'gemini-cli', path: /^\/v1internal:generateContent$/, auth: (key) => ['authorization', `Bearer ${key}`], model: 'gemini-2.5-flash' },
];

describe('provider test connection', () => {
  for (const c of cases) {
    it(`reaches a ${c.type} provider in its own format and reports the model and reply`, async () => {
      const provider = await seedProvider(c.type);
      const answer = await testProvider(provider.id);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ providerId: provider.id, ok: true, status: 200, model: c.model, error: null });
      expect(answer.body.text).toContain('Mock reply to: Reply with the single word: pong');
      expect(answer.body.latencyMs).toBeGreaterThanOrEqual(0);
      const [recorded] = await mockRequests(provider.apiKey);
      expect(recorded?.path).toMatch(c.path);
      const [header, value] = c.auth(provider.apiKey);
      expect(recorded?.headers[header]).toBe(value);
      expect(await loggedRows(provider.id)).toBe(0);
    });
  }

  it('tests the model the admin names, redirected as the proxy would send it', async () => {
    const provider = await seedProvider('claude', { modelRedirects: [{ from: 'claude-sonnet-4-5', to: 'claude-sonnet-4-5-20250929' }] });
    const answer = await testProvider(provider.id, { model: 'claude-sonnet-4-5' });
    expect(answer.body).toMatchObject({ ok: true, model: 'claude-sonnet-4-5-20250929' });
    const [recorded] = await mockRequests(provider.apiKey);
    expect(recorded?.body).toMatchObject({ model: 'claude-sonnet-4-5-20250929', stream: false });
  });

  it('uses the first exact model the provider allows when none is named', async () => {
    const provider = await seedProvider('openai-compatible', { allowedModels: ['deepseek-*', 'deepseek-chat', 'gpt-4.1'] });
    const answer = await testProvider(provider.id);
    expect(answer.body).toMatchObject({ ok: true, model: 'deepseek-chat' });
  });

  it('answers 200 with ok=false, the status and the upstream message without the key when the upstream refuses', async () => {
    const provider = await seedProvider('openai-compatible');
    await scriptMock({ match: { apiKey: provider.apiKey }, status: 401, errorMessage: `Incorrect API key provided: ${provider.apiKey}` });
    const answer = await testProvider(provider.id);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, status: 401, text: null, model: 'gpt-4o-mini' });
    expect(answer.body.error).toContain('Incorrect API key provided: [redacted]');
    expect(JSON.stringify(answer.body)).not.toContain(provider.apiKey);
  });

  it('answers 200 with ok=false for an upstream 500 in the provider’s error format', async () => {
    const provider = await seedProvider('gemini');
    await scriptMock({ match: { apiKey: provider.apiKey }, status: 500, errorMessage: 'backend exploded' });
    const answer = await testProvider(provider.id);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, status: 500, error: 'backend exploded' });
  });

  it('gives up after API_TEST_TIMEOUT_MS and says so', async () => {
    const provider = await seedProvider('claude');
    await scriptMock({ match: { apiKey: provider.apiKey }, delayBeforeHeadersMs: 8_000 });
    const response = await callWithSettings(
      new Request(`${base}/providers/${provider.id}/test`, { method: 'POST', headers: bearer }),
      { API_TEST_TIMEOUT_MS: '5000' },
    );
    expect(response.status).toBe(200);
    const body = await response.json<TestAnswer>();
    expect(body).toMatchObject({ ok: false, status: null, text: null });
    expect(body.error).toBe('No answer within 5000 ms (API_TEST_TIMEOUT_MS)');
  });

  it('reports a provider that cannot be reached as a network error', async () => {
    const provider = await seedProvider('claude', { baseUrl: 'http://127.0.0.1:9' });
    const answer = await testProvider(provider.id);
    expect(answer.status).toBe(200);
    expect(answer.body.ok).toBe(false);
    expect(answer.body.error).toMatch(/^Network error/);
  });

  it('goes through the provider’s outbound proxy, falling back to direct when it allows', async () => {
    const fallback = await seedProvider('claude', { proxyUrl: 'http://127.0.0.1:9', proxyFallbackToDirect: true });
    const answer = await testProvider(fallback.id);
    expect(answer.body).toMatchObject({ ok: true, status: 200, proxy: { address: '127.0.0.1:9', outcome: 'fell_back_to_direct' } });
    const strict = await seedProvider('claude', { proxyUrl: 'http://user:proxy-secret@127.0.0.1:9' });
    const refused = await testProvider(strict.id);
    expect(refused.body).toMatchObject({ ok: false, status: null, proxy: { address: '127.0.0.1:9', outcome: 'failed' } });
    expect(JSON.stringify(refused.body)).not.toContain('proxy-secret');
    expect(await mockRequests(strict.apiKey)).toHaveLength(0);
  });

  it('never counts toward the breaker: repeated failing tests leave it CLOSED with no failures', async () => {
    const provider = await seedProvider('claude', { circuitBreakerFailureThreshold: 2 });
    await scriptMock({ match: { apiKey: provider.apiKey }, status: 500, times: 4 });
    for (let i = 0; i < 4; i++) expect((await testProvider(provider.id)).body).toMatchObject({ ok: false, status: 500 });
    expect(await mockRequests(provider.apiKey)).toHaveLength(4);
    const health = await adminCall<{ providers: Health[] }>('GET', '/providers/health');
    const mine = health.body.providers.find((p) => p.id === provider.id);
    expect(mine).toMatchObject({ status: 'closed', consecutiveFailures: 0, recent: { requests: 0, failures: 0 } });
    expect(await loggedRows(provider.id)).toBe(0);
  });

  it('is a 404 for an unknown provider and a 400 for a bad body', async () => {
    const missing = await adminCall<ErrorBody>('POST', '/providers/999999/test');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const provider = await seedProvider('claude');
    const bad = await adminCall<ErrorBody>('POST', `/providers/${provider.id}/test`, { model: '', extra: 1 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details?.fields ?? {}).sort()).toEqual(['extra', 'model']);
    expect(await mockRequests(provider.apiKey)).toHaveLength(0);
  });

  it('requires the admin token', async () => {
    const provider = await seedProvider('claude');
    const answer = await adminCall('POST', `/providers/${provider.id}/test`, undefined, {});
    expect(answer.status).toBe(401);
  });
});
