import { env, createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import worker from '../worker/src/index.ts';

async function fetchWith(overrides: Record<string, unknown>, path: string, init?: RequestInit) {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`http://gateway${path}`, init), { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

describe('configuration', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('fails the first request with a 500 naming SESSION_TTL and its accepted form, never the value', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await fetchWith({ SESSION_TTL: 'abc' }, '/health');
    expect(response.status).toBe(500);
    const body = await response.json<{ error: { message: string } }>();
    expect(body.error.message).toContain('SESSION_TTL must be a whole number of seconds');
    expect(body.error.message).not.toContain('abc');
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    const lines = logged.mock.calls.flatMap((call) => {
      try {
        return [JSON.parse(String(call[0])) as { level: number; msg: string }];
      } catch {
        return [];
      }
    });
    const line = lines.find((l) => l.msg.startsWith('Invalid configuration')) ?? { level: 0, msg: '' };
    expect(line.level).toBe(50);
    expect(line.msg).toContain('SESSION_TTL');
    expect(line.msg).not.toContain('abc');
  });

  it('renders the configuration error in the client format of the endpoint', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await fetchWith({ ENABLE_RATE_LIMIT: 'yes' }, '/v1/messages', { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    const body = await response.json<{ type: string; error: { type: string; message: string } }>();
    expect(body.type).toBe('error');
    expect(body.error.type).toBe('api_error');
    expect(body.error.message).toContain('ENABLE_RATE_LIMIT must be true or false');
  });

  it('answers unknown routes with a 404 that ends with the request id', async () => {
    const response = await fetchWith({}, '/v2/nothing-here');
    expect(response.status).toBe(404);
    const body = await response.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toMatch(/^No route for GET \/v2\/nothing-here \(request id: req_[0-9a-f]{32}\)$/);
  });
});
