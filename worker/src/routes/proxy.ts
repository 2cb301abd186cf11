// The client-facing endpoints (SPEC §3.1). The path decides the client's format; everything under
// /v1, /v1beta and /v1internal that is not a model list goes through the proxy pipeline.
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../app-env.ts';
import { clientFormatOf } from '../client-format.ts';
import { ProxyError } from '../errors.ts';
import { authenticate } from '../pipeline/authenticate.ts';
import { modelNames, renderModelList } from '../pipeline/list-models.ts';
import { loadProviders } from '../pipeline/provider-snapshot.ts';
import { proxyRequest } from '../pipeline/proxy-request.ts';
import { requestCache } from '../cache/request-cache.ts';

/** Paths the proxy serves; everything else is admin, health or unknown. */
export function isProxyPath(path: string): boolean {
  return path.startsWith('/v1/') || path.startsWith('/v1beta/') || path.startsWith('/v1internal');
}

const corsHeaders = cors({
  origin: '*',
  allowHeaders: [
    'authorization',
    'x-api-key',
    'x-goog-api-key',
    'content-type',
    'anthropic-version',
    'anthropic-beta',
    'x-claude-code-session-id',
    'session-id',
    'x-session-id',
  ],
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  exposeHeaders: ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
  maxAge: 86_400,
});

/** CORS is open (`*`) on proxy endpoints only (SPEC §3.1). */
export const proxyCors: MiddlewareHandler<AppEnv> = (c, next) => (isProxyPath(c.req.path) ? corsHeaders(c, next) : next());

export const proxy = new Hono<AppEnv>();

for (const path of ['/v1/models', '/v1beta/models']) {
  proxy.get(path, async (c) => {
    const cache = requestCache(c);
    const principal = await authenticate(c, cache);
    const format = path === '/v1beta/models' ? 'gemini' : (clientFormatOf(path, c.req.raw.headers) ?? 'openai-chat');
    const groups = (principal.user.providerGroup ?? '').split(',').map((t) => t.trim()).filter((t) => t !== '');
    return c.json(renderModelList(format, modelNames(await loadProviders(c, cache), format, groups)));
  });
}

proxy.all('*', async (c) => {
  const format = isProxyPath(c.req.path) ? clientFormatOf(c.req.path, c.req.raw.headers) : undefined;
  if (format === undefined) throw new ProxyError('not_found', `No route for ${c.req.method} ${c.req.path}`);
  return proxyRequest(c, format);
});
