// One attempt against one provider: build the upstream request, send it with its timeouts, and
// either hand back a response for the client or a classified failure.
import type { Config } from '../config.ts';
import type { Usage } from '../formats/ir/usage.ts';
import { usageFromResponse } from '../usage/usage-from-wire.ts';
import type { UpstreamFailure } from '../upstream/classify-upstream-error.ts';
import { deadline, fetchUpstream, type ProxyUse } from '../upstream/fetch-upstream.ts';
import { joinUrl } from '../upstream/join-url.ts';
import { buildUpstreamHeaders, forwardedSearch, isForwardableHeader } from '../upstream/provider-headers.ts';
import { upstreamBody, upstreamPath, type ClientRequest } from './client-request.ts';
import { conversionFor, convertedUpstream, convertErrorBody, convertResponseBody, streamConverter, type Conversion } from './convert.ts';
import { redirectModel } from './model-allowed.ts';
import { providerApiKey, providerProxyUrl, type ProviderRuntime } from './provider-snapshot.ts';
import { relayStream, type StreamEnd } from './relay-stream.ts';

export interface AttemptContext {
  request: ClientRequest;
  config: Config;
  requestId: string;
  clientSignal: AbortSignal;
}

export interface Delivery {
  response: Response;
  /** Resolves once the client has the whole answer (or left), with the usage seen on the way. */
  done: Promise<{ end: StreamEnd; usage: Usage | undefined }>;
}

export type AttemptResult = (
  | { ok: true; delivery: Delivery; modelSent: string | undefined; ttfbMs: number }
  | { ok: false; failure: UpstreamFailure; modelSent: string | undefined; ttfbMs?: number; upstream?: { status: number; headers: Headers; body: ArrayBuffer } }
) & { proxy?: ProxyUse };

/** Response headers passed to the client: the upstream's, minus what no longer describes the body. */
export function clientHeaders(upstream: Headers): Headers {
  const headers = new Headers();
  for (const [name, value] of upstream) {
    const lower = name.toLowerCase();
    if (lower === 'content-encoding' || lower === 'content-length' || lower === 'set-cookie') continue;
    if (isForwardableHeader(lower) || lower === 'content-type') headers.set(name, value);
  }
  return headers;
}

/** Path, query and body upstream: the client's own bytes when formats match, else converted. */
function upstreamTarget(request: ClientRequest, conversion: Conversion | undefined, modelSent: string | undefined) {
  if (conversion !== undefined) return convertedUpstream(conversion, modelSent ?? conversion.request.model);
  return { path: upstreamPath(request, modelSent), search: forwardedSearch(request.search), body: upstreamBody(request, modelSent) };
}

function parseJson(body: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

const jsonHeaders = (upstream: Headers) => {
  const headers = clientHeaders(upstream);
  headers.set('content-type', 'application/json');
  return headers;
};

/** The attempt, with how it used the provider's outbound proxy (§4.8) for the chain. */
export async function attemptUpstream(provider: ProviderRuntime, ctx: AttemptContext): Promise<AttemptResult> {
  const used: { proxy?: ProxyUse } = {};
  const result = await attemptOnce(provider, ctx, used);
  return used.proxy === undefined ? result : { ...result, proxy: used.proxy };
}

async function attemptOnce(provider: ProviderRuntime, ctx: AttemptContext, used: { proxy?: ProxyUse }): Promise<AttemptResult> {
  const { request } = ctx;
  const modelSent = request.model === undefined ? undefined : redirectModel(provider.modelRedirects, request.model);
  const conversion = conversionFor(request, provider.format);
  const target = upstreamTarget(request, conversion, modelSent);
  const apiKey = await providerApiKey(provider, ctx.config.ENCRYPTION_KEY);
  const proxyUrl = await providerProxyUrl(provider, ctx.config.ENCRYPTION_KEY);
  const controller = new AbortController();
  const onClientAbort = () => controller.abort(new Error('client disconnected'));
  ctx.clientSignal.addEventListener('abort', onClientAbort, { once: true });
  const started = Date.now();
  const timeoutMs = request.stream ? provider.firstByteTimeout : provider.requestTimeout;
  const outcome = await fetchUpstream(
    {
      url: joinUrl(provider.baseUrl, target.path, target.search),
      method: request.method,
      headers: buildUpstreamHeaders(request.headers, { type: provider.type, apiKey, customHeaders: provider.customHeaders }),
      body: target.body,
      ...(proxyUrl ? { proxy: { url: proxyUrl, fallbackToDirect: provider.proxyFallbackToDirect ?? false } } : {}),
    },
    controller,
    { ms: timeoutMs, phase: request.stream ? 'first_byte' : 'total' },
    () => ctx.clientSignal.aborted,
  );
  if (outcome.proxy !== undefined) used.proxy = outcome.proxy;
  const detach = () => ctx.clientSignal.removeEventListener('abort', onClientAbort);
  if (!outcome.ok) {
    detach();
    return { ok: false, failure: outcome.failure, modelSent };
  }
  const ttfbMs = Date.now() - started;
  const { response } = outcome;
  if (!response.ok) {
    detach();
    const raw = await response.arrayBuffer().catch(() => new ArrayBuffer(0));
    // The client reads the provider's error in its own format.
    const upstream =
      conversion === undefined
        ? { status: response.status, headers: response.headers, body: raw }
        : { status: response.status, headers: jsonHeaders(response.headers), body: new TextEncoder().encode(convertErrorBody(conversion, response.status, parseJson(raw))).buffer as ArrayBuffer };
    return { ok: false, failure: { kind: 'status', status: response.status }, modelSent, ttfbMs, upstream };
  }
  const abortUpstream = () => controller.abort(new Error('stream ended'));
  if (request.stream) {
    let finish: (value: { end: StreamEnd; usage: Usage | undefined }) => void = () => {};
    const done = new Promise<{ end: StreamEnd; usage: Usage | undefined }>((resolve) => (finish = resolve));
    const relay = await relayStream(response, {
      format: provider.format,
      requestId: ctx.requestId,
      firstContentTimeoutMs: provider.firstByteTimeout - ttfbMs,
      idleTimeoutMs: provider.idleTimeout,
      abortUpstream,
      onEnd: (end, usage) => {
        detach();
        finish({ end, usage });
      },
    });
    if (!relay.ok) detach();
    if (!relay.ok) return { ok: false, failure: ctx.clientSignal.aborted ? { kind: 'client_abort' } : relay.failure, modelSent, ttfbMs };
    const headers = clientHeaders(response.headers);
    if (conversion !== undefined) headers.set('content-type', 'text/event-stream; charset=utf-8');
    const body = conversion === undefined ? relay.body : relay.body.pipeThrough(streamConverter(conversion));
    return { ok: true, delivery: { response: new Response(body, { status: response.status, headers }), done }, modelSent, ttfbMs };
  }
  // Non-streaming: the total timeout keeps running while the body is read.
  const timer = deadline(controller, Math.max(provider.requestTimeout - ttfbMs, 0));
  let body: ArrayBuffer;
  try {
    body = await response.arrayBuffer();
  } catch {
    const failure: UpstreamFailure = ctx.clientSignal.aborted ? { kind: 'client_abort' } : timer.fired() ? { kind: 'timeout', phase: 'total' } : { kind: 'network', message: 'response body failed' };
    return { ok: false, failure, modelSent, ttfbMs };
  } finally {
    timer.clear();
    detach();
  }
  const answer = parseJson(body);
  const usage = usageFromResponse(provider.format, answer);
  const delivered =
    conversion === undefined
      ? new Response(body, { status: response.status, headers: clientHeaders(response.headers) })
      : new Response(convertResponseBody(conversion, answer), { status: response.status, headers: jsonHeaders(response.headers) });
  return { ok: true, delivery: { response: delivered, done: Promise.resolve({ end: { kind: 'completed' } as StreamEnd, usage }) }, modelSent, ttfbMs };
}
