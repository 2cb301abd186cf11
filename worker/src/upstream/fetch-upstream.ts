// Sends one attempt upstream with a deadline for the response headers. The caller owns the abort
// controller: it is also aborted when the client goes away, and kept for the body that follows.
// A provider with an outbound proxy (SPEC §4.8) goes through it, and straight to the upstream when
// the proxy fails and the provider allows falling back to direct.
import type { UpstreamFailure } from './classify-upstream-error.ts';
import { fetchViaProxy } from './outbound-proxy/fetch-via-proxy.ts';
import { parseProxyUrl } from './outbound-proxy/parse-proxy-url.ts';
import { TunnelError } from './outbound-proxy/tunnel-error.ts';

export interface UpstreamRequest {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null;
  /** The provider's outbound proxy, when it has one. */
  proxy?: { url: string; fallbackToDirect: boolean };
}

/** How the attempt used the provider's proxy: `address` is host:port, never the credentials. */
export interface ProxyUse {
  address: string;
  outcome: 'tunnelled' | 'failed' | 'fell_back_to_direct';
  /** Why the proxy failed (failed, fell_back_to_direct). */
  error?: string;
}

export type FetchOutcome =
  | { ok: true; response: Response; proxy?: ProxyUse }
  | { ok: false; failure: UpstreamFailure; proxy?: ProxyUse };

/** The longest a proxy may take to open its tunnel. */
const maxTunnelTimeoutMs = 10_000;

/** Aborts `controller` after `ms` unless cleared; says whether it fired. */
export function deadline(controller: AbortController, ms: number): { clear(): void; fired(): boolean } {
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort(new Error('deadline'));
  }, ms);
  return { clear: () => clearTimeout(timer), fired: () => fired };
}

export async function fetchUpstream(
  request: UpstreamRequest,
  controller: AbortController,
  timeout: { ms: number; phase: 'first_byte' | 'total' },
  clientGone: () => boolean,
): Promise<FetchOutcome> {
  const timer = deadline(controller, timeout.ms);
  const used: { proxy?: ProxyUse } = {};
  try {
    const response = await send(request, { signal: controller.signal, timeoutMs: timeout.ms }, used);
    if (timeout.phase === 'first_byte') timer.clear();
    return { ok: true, response, ...used };
  } catch (error) {
    timer.clear();
    if (clientGone()) return { ok: false, failure: { kind: 'client_abort' }, ...used };
    if (timer.fired()) return { ok: false, failure: { kind: 'timeout', phase: timeout.phase }, ...used };
    return { ok: false, failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) }, ...used };
  }
}

function direct(request: UpstreamRequest, signal: AbortSignal): Promise<Response> {
  return fetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal, redirect: 'manual' });
}

/** Through the proxy when there is one; notes in `used` how it went, for the provider chain. */
async function send(
  request: UpstreamRequest,
  { signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number },
  used: { proxy?: ProxyUse },
): Promise<Response> {
  if (request.proxy === undefined) return direct(request, signal);
  let address = 'unparsable proxy URL';
  try {
    const proxy = parseProxyUrl(request.proxy.url);
    address = proxy.label;
    // Half the deadline at most, so a silent proxy leaves time to fall back to direct.
    const tunnelTimeoutMs = Math.min(maxTunnelTimeoutMs, Math.floor(timeoutMs / 2));
    const onTunnelOpen = () => {
      used.proxy = { address, outcome: 'tunnelled' };
    };
    return await fetchViaProxy(request, proxy, { signal, tunnelTimeoutMs, onTunnelOpen });
  } catch (error) {
    if (used.proxy !== undefined) throw error;
    const fellBack = request.proxy.fallbackToDirect && error instanceof TunnelError && !signal.aborted;
    const reason = error instanceof TunnelError ? error.message : signal.aborted ? 'cancelled before the tunnel was open' : String(error);
    used.proxy = { address, outcome: fellBack ? 'fell_back_to_direct' : 'failed', error: reason };
    if (!fellBack) throw error;
    return direct(request, signal);
  }
}
