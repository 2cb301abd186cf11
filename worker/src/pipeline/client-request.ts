// Reads the client's request once: body bytes (kept for byte-for-byte forwarding), the parsed JSON,
// the model, whether it streams, and the path to use upstream.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ProxyError } from '../errors.ts';
import type { WireFormat } from '../formats/format.ts';

export const maxBodyBytes = 32 * 1024 * 1024;

export interface ClientRequest {
  format: WireFormat;
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  raw: ArrayBuffer | null;
  body: Record<string, unknown>;
  model: string | undefined;
  stream: boolean;
  /** Gemini's action from the path (`generateContent`, `streamGenerateContent`, …). */
  action: string | undefined;
}

const geminiPath = /^\/(?:v1beta|v1)\/models\/([^/:]+):([A-Za-z]+)$/;
const geminiCliPath = /^\/v1internal:([A-Za-z]+)$/;

async function readBody(c: Context<AppEnv>): Promise<{ raw: ArrayBuffer | null; body: Record<string, unknown> }> {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return { raw: null, body: {} };
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > maxBodyBytes) throw new ProxyError('payload_too_large', `Request body is larger than ${maxBodyBytes} bytes`);
  const raw = await c.req.arrayBuffer();
  if (raw.byteLength > maxBodyBytes) throw new ProxyError('payload_too_large', `Request body is larger than ${maxBodyBytes} bytes`);
  if (raw.byteLength === 0) return { raw, body: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw new ProxyError('bad_request', 'Request body is not valid JSON', { code: 'invalid_json' });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ProxyError('bad_request', 'Request body must be a JSON object', { code: 'invalid_body' });
  }
  return { raw, body: parsed as Record<string, unknown> };
}

export async function readClientRequest(c: Context<AppEnv>, format: WireFormat): Promise<ClientRequest> {
  const url = new URL(c.req.url);
  const { raw, body } = await readBody(c);
  const bodyModel = typeof body.model === 'string' ? body.model : undefined;
  let model = bodyModel;
  let action: string | undefined;
  let stream = body.stream === true;
  const gemini = url.pathname.match(geminiPath);
  const geminiCli = url.pathname.match(geminiCliPath);
  if (format === 'gemini' && gemini) {
    model = decodeURIComponent(gemini[1] ?? '');
    action = gemini[2];
    stream = action === 'streamGenerateContent';
  } else if (format === 'gemini-cli' && geminiCli) {
    action = geminiCli[1];
    stream = action === 'streamGenerateContent';
  }
  return { format, method: c.req.method, path: url.pathname, search: url.searchParams, headers: c.req.raw.headers, raw, body, model, stream, action };
}

/** The path sent upstream, with the model a provider redirect chose. */
export function upstreamPath(request: ClientRequest, sentModel: string | undefined): string {
  if (request.format === 'gemini' && request.action !== undefined && sentModel !== undefined) {
    return `/v1beta/models/${encodeURIComponent(sentModel)}:${request.action}`;
  }
  return request.path;
}

/** The body sent upstream: the client's own bytes unless the model name changes. */
export function upstreamBody(request: ClientRequest, sentModel: string | undefined): BodyInit | null {
  if (request.raw === null) return null;
  if (sentModel === undefined || sentModel === request.model || typeof request.body.model !== 'string') return request.raw;
  return JSON.stringify({ ...request.body, model: sentModel });
}
