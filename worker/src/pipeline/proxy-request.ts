// The proxy's orchestrator, top to bottom: authenticate → read the request → find the session →
// check sensitive words → load the system settings → admit the limits → select and forward with
// failover → answer, then finalize once the answer is over. A request refused on the way is logged too.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { loadPriceTable, readPriceRows } from '../billing/price-table.ts';
import { sessionBindingKey } from '../cache/cache-keys.ts';
import { requestCache } from '../cache/request-cache.ts';
import { clientIpOf } from '../client-ip.ts';
import { ProxyError } from '../errors.ts';
import type { WireFormat } from '../formats/format.ts';
import { recordRequest } from '../request-log/record-request.ts';
import { requestSettings, type RuntimeSettings } from '../settings/runtime-settings.ts';
import { admitLimits } from './admit-limits.ts';
import { authenticate } from './authenticate.ts';
import { readClientRequest, type ClientRequest } from './client-request.ts';
import { finalizeRequest, type FinalizeDeps, type RequestRecord } from './finalize-request.ts';
import { isGeneration } from './convert.ts';
import { forwardWithFailover } from './forward-with-failover.ts';
import { guardSensitiveWords } from './guard-sensitive-words.ts';
import { loadWordRules } from './load-word-rules.ts';
import { createProviderGates, readOpenBreakers } from './provider-gates.ts';
import type { Principal } from './principal.ts';
import { loadProviders } from './provider-snapshot.ts';
import { rejectedRow, type RowContext } from './request-log-row.ts';
import { sessionIdFor } from './session-id.ts';

function rowContext(c: Context<AppEnv>, format: WireFormat, startedAt: number): RowContext {
  return {
    requestId: c.get('requestId'),
    startedAt,
    endpoint: c.req.path,
    clientFormat: format,
    userAgent: c.req.header('user-agent') ?? null,
    clientIp: clientIpOf(c.req.raw.headers),
  };
}

function newRecord(context: RowContext, input: { principal: Principal; request: ClientRequest; sessionId: string }): RequestRecord {
  const { principal, request } = input;
  return {
    requestId: context.requestId,
    context,
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
    startedAt: context.startedAt,
  };
}

export async function proxyRequest(c: Context<AppEnv>, format: WireFormat): Promise<Response> {
  const config = c.get('config');
  const log = c.get('log');
  const cache = requestCache(c);
  const context = rowContext(c, format, Date.now());
  const known: { principal?: Principal; request?: ClientRequest; sessionId?: string } = {};
  let admitted;
  let settings: RuntimeSettings;
  try {
    known.principal = await authenticate(c, cache);
    known.request = await readClientRequest(c, format);
    known.sessionId = await sessionIdFor(format, known.request.headers, known.request.body, known.principal.key.id);
    await guardSensitiveWords(known.request, () => loadWordRules(c, cache, log), log);
    settings = await requestSettings(c, cache);
    admitted = await admitLimits(known.principal, known.sessionId, {
      env: c.env,
      config,
      timeZone: settings.timeZone,
      log: log.child({ sessionId: known.sessionId }),
    });
  } catch (error) {
    if (error instanceof ProxyError) {
      const row = rejectedRow(context, error, {
        keyId: known.principal?.key.id,
        userId: known.principal?.user.id,
        sessionId: known.sessionId,
        modelRequested: known.request?.model,
        stream: known.request?.stream,
      });
      c.executionCtx.waitUntil(recordRequest(c.env, row, log));
    }
    throw error;
  }
  const { principal, request, sessionId } = known as Required<typeof known>;
  const sessionLog = log.child({ sessionId });
  const [providers, bound, openBreakers] = await Promise.all([
    loadProviders(c, cache),
    cache.get<number>(sessionBindingKey(principal.key.id, sessionId)),
    readOpenBreakers(cache),
  ]);
  const gates = createProviderGates(c.env, { config, timeZone: settings.timeZone, log: sessionLog, sessionId });
  const database = { url: config.DATABASE_URL ?? '', wsProxy: config.NEON_WS_PROXY };
  const deps: FinalizeDeps = {
    env: c.env,
    prices: () => loadPriceTable(cache, () => readPriceRows(database)),
    cache,
    log: sessionLog,
    settings,
    sessionTtl: config.SESSION_TTL,
    gates,
    limits: { admission: admitted, ctx: { env: c.env, config, timeZone: settings.timeZone, log: sessionLog } },
  };
  return forward(c, { request, principal, providers, bound, openBreakers, gates, deps, record: newRecord(context, { principal, request, sessionId }) });
}

async function forward(
  c: Context<AppEnv>,
  input: {
    request: ClientRequest;
    principal: Principal;
    providers: Awaited<ReturnType<typeof loadProviders>>;
    bound: number | undefined;
    openBreakers: Awaited<ReturnType<typeof readOpenBreakers>>;
    gates: ReturnType<typeof createProviderGates>;
    deps: FinalizeDeps;
    record: RequestRecord;
  },
): Promise<Response> {
  const { request, record, deps } = input;
  const config = c.get('config');
  const result = await forwardWithFailover({
    request,
    config,
    requestId: record.requestId,
    clientSignal: c.req.raw.signal,
    providers: input.providers,
    selection: {
      format: request.format,
      convertible: isGeneration(request),
      model: request.model,
      userGroup: input.principal.user.providerGroup,
      unavailable: input.openBreakers,
      boundProviderId: input.bound,
      random: Math.random,
    },
    defaultAttempts: config.MAX_RETRY_ATTEMPTS_DEFAULT,
    singleAttempt: request.path.endsWith('/count_tokens') || request.action === 'countTokens',
    admitProvider: (provider) => input.gates.acquire(provider),
  }).catch((error: unknown) => {
    // The gates and limiters already admitted this request: release them although nothing was served.
    const status = error instanceof ProxyError ? error.status : 500;
    c.executionCtx.waitUntil(finalizeRequest({ ...record, statusCode: status, errorMessage: String(error) }, deps));
    throw error;
  });

  record.providerId = result.provider?.id;
  record.providerFormat = result.provider?.format;
  if (result.provider) record.costMultiplier = result.provider.costMultiplier;
  record.providerChain = result.chain;
  if (result.ok) {
    record.statusCode = result.delivery.response.status;
    c.executionCtx.waitUntil(result.delivery.done.then(({ end, usage }) => finalizeRequest({ ...record, end, usage }, deps)));
    return result.delivery.response;
  }
  const error = result.error;
  record.statusCode = error.status;
  record.errorMessage = error instanceof ProxyError ? error.message : `upstream returned ${error.status}`;
  if (error instanceof ProxyError && error.code === 'no_available_provider') record.blockedBy = 'no_provider';
  c.executionCtx.waitUntil(finalizeRequest(record, deps));
  if (error instanceof ProxyError) throw error;
  return error;
}
