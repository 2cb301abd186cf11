// Builds the headers sent upstream (SPEC §4.1): the client's headers minus its credentials, hop-by-hop
// headers and client-IP/CDN headers, plus the provider's own auth and custom headers.
import type { ProviderType } from '../db/schema/providers.ts';

/** The client's credentials: never forwarded. */
const credentialHeaders = new Set(['authorization', 'x-api-key', 'x-goog-api-key', 'cookie', 'proxy-authorization']);

/** RFC 9110 §7.6.1 connection-specific headers, and what the runtime sets itself. */
const hopByHopHeaders = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  // The runtime negotiates and decodes compression with the upstream itself.
  'accept-encoding',
]);

/** Headers that reveal the client's address or our CDN's bookkeeping. */
function isClientAddressHeader(name: string): boolean {
  return (
    name.startsWith('cf-') ||
    name.startsWith('x-forwarded-') ||
    name === 'forwarded' ||
    name === 'x-real-ip' ||
    name === 'true-client-ip' ||
    name === 'cdn-loop' ||
    name === 'x-client-ip'
  );
}

export function isForwardableHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return !credentialHeaders.has(lower) && !hopByHopHeaders.has(lower) && !isClientAddressHeader(lower);
}

export interface UpstreamAuth {
  type: ProviderType;
  apiKey: string;
  customHeaders: Record<string, string>;
}

export function buildUpstreamHeaders(clientHeaders: Headers, auth: UpstreamAuth): Headers {
  const headers = new Headers();
  for (const [name, value] of clientHeaders) {
    if (isForwardableHeader(name)) headers.set(name, value);
  }
  for (const [name, value] of Object.entries(auth.customHeaders)) {
    if (isForwardableHeader(name)) headers.set(name, value);
  }
  switch (auth.type) {
    case 'claude':
      headers.set('x-api-key', auth.apiKey);
      if (!headers.has('anthropic-version')) headers.set('anthropic-version', '2023-06-01');
      break;
    case 'gemini':
      headers.set('x-goog-api-key', auth.apiKey);
      break;
    case 'claude-auth':
      headers.set('authorization', `Bearer ${auth.apiKey}`);
      if (!headers.has('anthropic-version')) headers.set('anthropic-version', '2023-06-01');
      break;
    case 'codex':
    case 'openai-compatible':
    case 'gemini-cli':
      headers.set('authorization', `Bearer ${auth.apiKey}`);
      break;
  }
  return headers;
}

/** The query string sent upstream: the client's, without a `key` credential. */
export function forwardedSearch(search: URLSearchParams): string {
  const copy = new URLSearchParams(search);
  copy.delete('key');
  const text = copy.toString();
  return text === '' ? '' : `?${text}`;
}
