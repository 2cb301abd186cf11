// The proxy's orchestrator, top to bottom: authenticate → read the request → find the session →
// admit the limits → select and forward with failover → answer, then finalize once the answer is over.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { sessionBindingKey } from '../cache/cache-keys.ts';
import { createCache } from '../cache/shared-cache.ts';
import { ProxyError } from '../errors.ts';
import type { WireFormat } from '../formats/format.ts';
import { admitLimits } from './admit-limits.ts';
import { authenticate } from './authenticate.ts';
import { readClientRequest, type ClientRequest } from './client-request.ts';
import { finalizeRequest, type FinalizeDeps, type RequestRecord } from './finalize-request.ts';
import { forwardWithFailover } from './forward-with-failover.ts';
import { createProviderGates, readOpenBreakers } from './provider-gates.ts';
import type { Principal } from './principal.ts';
import { loadProviders } from './provider-snapshot.ts';
import { sessionIdFor } from './session-id.ts';

function newRecord(
  requestId: string,
  input: { principal: Principal; request: ClientRequest; sessionId: string; startedAt: number },
): RequestRecord {
  const { principal, request } = input;
  return {
    requestId,
    keyId: principal.key.id,
    userId: principal.user.id,
    sessionId: input.sessionId,
    endpoint: request.path,
    clientFormat: request.format,
    modelRequested: request.model,
    stream: request.stream,
    statusCode: 0,
    providerId: undefined,
    providerChain: [],
    startedAt: input.startedAt,
  };
}

export async function proxyRequest(c: Context<AppEnv>, format: WireFormat): Promise<Response> {
  const startedAt = Date.now();
  const config = c.get('config');
  const log = c.get('log');
  const cache = createCache({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN }, log);

  const principal = await authenticate(c, cache);
  const request = await readClientRequest(c, format);
  const sessionId = await sessionIdFor(format, request.headers, request.body, principal.key.id);
  const sessionLog = log.child({ sessionId });
  const limitsCtx = { env: c.env, config, log: sessionLog };
  const admission = await admitLimits(principal, sessionId, limitsCtx);
  const [providers, bound, openBreakers] = await Promise.all([
    loadProviders(c, cache),
    cache.get<number>(sessionBindingKey(principal.key.id, sessionId)),
    readOpenBreakers(cache),
  ]);
  const gates = createProviderGates(c.env, { config, log: sessionLog, sessionId });
  const deps: FinalizeDeps = { cache, log: sessionLog, sessionTtl: config.SESSION_TTL, gates, limits: { admission, ctx: limitsCtx } };
  const record = newRecord(c.get('requestId'), { principal, request, sessionId, startedAt });

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
      unavailable: openBreakers,
      boundProviderId: bound,
      random: Math.random,
    },
    defaultAttempts: config.MAX_RETRY_ATTEMPTS_DEFAULT,
    singleAttempt: request.path.endsWith('/count_tokens') || request.action === 'countTokens',
    admitProvider: (provider) => gates.acquire(provider),
  }).catch((error: unknown) => {
    // The gates and limiters already admitted this request: release them although nothing was served.
    const status = error instanceof ProxyError ? error.status : 500;
    c.executionCtx.waitUntil(finalizeRequest({ ...record, statusCode: status, errorMessage: String(error) }, deps));
    throw error;
  });

  record.providerId = result.provider?.id;
  if (result.provider) record.costMultiplier = result.provider.costMultiplier;
  record.providerChain = result.chain;
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
