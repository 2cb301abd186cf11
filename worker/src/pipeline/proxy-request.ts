// The proxy's orchestrator, top to bottom: authenticate → read the request → find the session →
// select and forward with failover → answer, then finalize once the answer is over.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { sessionBindingKey } from '../cache/cache-keys.ts';
import { createCache } from '../cache/shared-cache.ts';
import { ProxyError } from '../errors.ts';
import type { WireFormat } from '../formats/format.ts';
import { authenticate } from './authenticate.ts';
import { readClientRequest } from './client-request.ts';
import { finalizeRequest, type RequestRecord } from './finalize-request.ts';
import { forwardWithFailover } from './forward-with-failover.ts';
import { loadProviders } from './provider-snapshot.ts';
import { sessionIdFor } from './session-id.ts';

export async function proxyRequest(c: Context<AppEnv>, format: WireFormat): Promise<Response> {
  const startedAt = Date.now();
  const config = c.get('config');
  const log = c.get('log');
  const cache = createCache({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN }, log);

  const principal = await authenticate(c, cache);
  const request = await readClientRequest(c, format);
  const sessionId = await sessionIdFor(format, request.headers, request.body, principal.key.id);
  const [providers, bound] = await Promise.all([
    loadProviders(c, cache),
    cache.get<number>(sessionBindingKey(principal.key.id, sessionId)),
  ]);

  const result = await forwardWithFailover({
    request,
    config,
    requestId: c.get('requestId'),
    clientSignal: c.req.raw.signal,
    providers,
    selection: {
      format,
      model: request.model,
      userGroup: principal.user.providerGroup,
      unavailable: new Map(),
      boundProviderId: bound,
      random: Math.random,
    },
    defaultAttempts: config.MAX_RETRY_ATTEMPTS_DEFAULT,
    singleAttempt: request.path.endsWith('/count_tokens') || request.action === 'countTokens',
  });

  const record: RequestRecord = {
    requestId: c.get('requestId'),
    keyId: principal.key.id,
    userId: principal.user.id,
    sessionId,
    endpoint: request.path,
    clientFormat: format,
    modelRequested: request.model,
    stream: request.stream,
    statusCode: 0,
    providerId: result.provider?.id,
    providerChain: result.chain,
    startedAt,
  };
  const deps = { cache, log: log.child({ sessionId }), sessionTtl: config.SESSION_TTL };
  if (result.ok) {
    record.statusCode = result.delivery.response.status;
    c.executionCtx.waitUntil(result.delivery.done.then(({ end, usage }) => finalizeRequest({ ...record, end, usage }, deps)));
    return result.delivery.response;
  }
  const error = result.error;
  record.statusCode = error instanceof ProxyError ? error.status : error.status;
  record.errorMessage = error instanceof ProxyError ? error.message : `upstream returned ${error.status}`;
  c.executionCtx.waitUntil(finalizeRequest(record, deps));
  if (error instanceof ProxyError) throw error;
  return error;
}
