// The Pages side of the admin API (SPEC §7.3): the SPA served by Cloudflare Pages calls /api/* on its
// own origin, and this forwards each request to the gateway worker — through a service binding `API`
// when one is bound, else to `API_ORIGIN` — so the session cookie stays first-party.
// Pure apart from the one fetch it is given; admin/functions/api/[[path]].ts is the Pages shell.
import { isSameHostRequest } from '../../worker/src/admin-auth/cookie-security.ts';

/** A service binding to the gateway worker, or anything else that answers a Request. */
export interface ApiFetcher {
  fetch(request: Request): Promise<Response>;
}

export interface ForwardEnv {
  API?: ApiFetcher;
  API_ORIGIN?: string;
}

interface Target {
  fetcher: ApiFetcher;
  /** Where the request goes; for a binding, the incoming URL, so the worker sees the Pages host. */
  url: URL;
  describe: string;
}

// RFC 9110 §7.6.1 connection-specific fields, plus Host, which belongs to the incoming hop.
const hopByHop = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host'];

function droppedFields(headers: Headers): Set<string> {
  const named = (headers.get('connection') ?? '').split(',').map((name) => name.trim().toLowerCase());
  return new Set([...hopByHop, ...named.filter((name) => name !== '')]);
}

/** Headers minus hop-by-hop fields; every Set-Cookie is kept as its own field. */
export function endToEndHeaders(headers: Headers): Headers {
  const dropped = droppedFields(headers);
  dropped.add('set-cookie');
  const copy = new Headers();
  headers.forEach((value, name) => {
    if (!dropped.has(name)) copy.append(name, value);
  });
  for (const cookie of headers.getSetCookie()) copy.append('set-cookie', cookie);
  return copy;
}

/**
 * The request headers for the worker. The worker refuses cookie writes whose Origin or Referer does
 * not name its own host; a request that named the Pages host is same-site for the browser, so both
 * are rewritten to name the worker. Any other source is removed, which the worker refuses in turn:
 * a cross-site write through Pages is refused exactly as one sent to the worker directly.
 */
export function forwardedHeaders(incoming: Request, target: URL): Headers {
  const headers = endToEndHeaders(incoming.headers);
  headers.delete('origin');
  headers.delete('referer');
  const pagesUrl = new URL(incoming.url);
  if (!isSameHostRequest(incoming.headers, pagesUrl)) return headers;
  if (incoming.headers.has('origin')) headers.set('origin', target.origin);
  const referer = incoming.headers.get('referer');
  if (referer !== null && URL.canParse(referer) && new URL(referer).host === pagesUrl.host) {
    const rewritten = new URL(referer);
    rewritten.protocol = target.protocol;
    rewritten.host = target.host;
    headers.set('referer', rewritten.href);
  }
  return headers;
}

type Resolved = { ok: true; target: Target } | { ok: false; message: string };

export function resolveTarget(incomingUrl: URL, env: ForwardEnv, fetchOrigin: typeof fetch): Resolved {
  if (env.API !== undefined) return { ok: true, target: { fetcher: env.API, url: incomingUrl, describe: 'the API service binding' } };
  const configured = env.API_ORIGIN?.trim();
  if (configured === undefined || configured === '') {
    return { ok: false, message: 'The admin API is not configured here: bind the gateway worker as the service binding API, or set API_ORIGIN' };
  }
  if (!URL.canParse(configured) || !/^https?:$/.test(new URL(configured).protocol)) {
    return { ok: false, message: 'API_ORIGIN must be the gateway worker\'s http(s) origin, e.g. https://cch-edge.example.workers.dev' };
  }
  const origin = new URL(configured).origin;
  if (origin === incomingUrl.origin) {
    return { ok: false, message: 'API_ORIGIN names this Pages site itself; set it to the gateway worker\'s origin' };
  }
  const url = new URL(`${incomingUrl.pathname}${incomingUrl.search}`, origin);
  return { ok: true, target: { fetcher: { fetch: (request) => fetchOrigin(request) }, url, describe: origin } };
}

/** The admin error shape (`{ error: { message, code } }`), so the SPA shows it like any other. */
export function badGateway(message: string, code: 'api_not_configured' | 'api_unreachable'): Response {
  return Response.json({ error: { message, code } }, { status: 502, headers: { 'cache-control': 'no-store' } });
}

/** Forwards one request and streams the answer back: status, body and every Set-Cookie unchanged. */
export async function forwardApi(incoming: Request, env: ForwardEnv, fetchOrigin: typeof fetch = fetch): Promise<Response> {
  const resolved = resolveTarget(new URL(incoming.url), env, fetchOrigin);
  if (!resolved.ok) return badGateway(resolved.message, 'api_not_configured');
  const { target } = resolved;
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD' && incoming.body !== null;
  // `duplex: 'half'` lets the body stream through instead of being read whole first.
  const init: RequestInit & { duplex: 'half' } = {
    method: incoming.method,
    headers: forwardedHeaders(incoming, target.url),
    body: hasBody ? incoming.body : null,
    redirect: 'manual',
    signal: incoming.signal,
    duplex: 'half',
  };
  let answer: Response;
  try {
    answer = await target.fetcher.fetch(new Request(target.url, init));
  } catch (error) {
    if (incoming.signal.aborted) throw error;
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return badGateway(`The gateway worker could not be reached through ${target.describe}: ${reason}`, 'api_unreachable');
  }
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: endToEndHeaders(answer.headers) });
}
