// POST /providers/:id/test (SPEC §4.9, §7.2): sends the provider a minimal real request and answers
// 200 with the outcome, a failing upstream included. A test is not a proxied request: it reaches no
// breaker, limit or request log.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.ts';
import { findProvider } from '../../db/queries/providers.ts';
import { requestDb } from '../../db/request-database.ts';
import { ProxyError } from '../../errors.ts';
import { runProviderTest } from '../../provider-test/run-provider-test.ts';
import { parseBody } from './parse-body.ts';
import { idParam, notFound } from './route-helpers.ts';

export const providerTestSchema = z.strictObject({
  model: z.string().trim().min(1, 'A model name, or leave it out for the provider default').max(200).optional(),
});

/** The body is optional: an empty one tests the default model. */
async function testOptions(c: Context<AppEnv>): Promise<z.output<typeof providerTestSchema>> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  return parseBody(c, providerTestSchema);
}

export const providerTestRoutes = new Hono<AppEnv>().post('/providers/:id{[0-9]+}/test', async (c) => {
  const id = idParam(c, 'Provider');
  const { model } = await testOptions(c);
  const provider = await findProvider(requestDb(c), id);
  if (provider === undefined) throw notFound('Provider', id);
  const config = c.get('config');
  if (config.ENCRYPTION_KEY === undefined) {
    throw new ProxyError('unavailable', 'Testing a provider needs ENCRYPTION_KEY to decrypt its API key', { code: 'encryption_key_missing' });
  }
  const result = await runProviderTest(provider, { model, timeoutMs: config.API_TEST_TIMEOUT_MS, encryptionKey: config.ENCRYPTION_KEY });
  return c.json({ providerId: id, ...result });
});
