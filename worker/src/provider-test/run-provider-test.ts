// Runs one provider's connection test (SPEC §4.9): the minimal request sent through the same upstream
// call the proxy makes (so the provider's auth, custom headers and outbound path apply), under
// API_TEST_TIMEOUT_MS. Nothing here touches the provider's breaker, limits or request log.
import { decryptSecret } from '../crypto/encrypt-secret.ts';
import type { ProviderType } from '../db/schema/providers.ts';
import { fetchUpstream, type ProxyUse, type UpstreamRequest } from '../upstream/fetch-upstream.ts';
import { joinUrl } from '../upstream/join-url.ts';
import { openProxyUrl } from '../upstream/outbound-proxy/proxy-password.ts';
import { providerFormats } from '../upstream/provider-format.ts';
import { buildUpstreamHeaders } from '../upstream/provider-headers.ts';
import { buildTestRequest, chooseTestModel } from './build-test-request.ts';
import { readTestReply } from './read-test-reply.ts';
import { excerpt, stripSecrets } from './strip-secrets.ts';

export interface TestedProvider {
  type: ProviderType;
  baseUrl: string;
  apiKeyEncrypted: string;
  customHeaders: Record<string, string>;
  allowedModels: string[];
  modelRedirects: { from: string; to: string }[];
  /** Outbound proxy (§4.8): the test goes through it as proxied requests do. */
  proxyUrl: string | null;
  proxyPasswordEncrypted: string | null;
  proxyFallbackToDirect: boolean;
}

export interface ProviderTestResult {
  ok: boolean;
  /** The upstream's HTTP status; null when no answer arrived (timeout, network error). */
  status: number | null;
  latencyMs: number;
  /** The model the upstream says answered, else the one sent. */
  model: string;
  text: string | null;
  error: string | null;
  /** How the provider's outbound proxy was used; null without one. */
  proxy: ProxyUse | null;
}

const textLimit = 200;
const errorLimit = 500;

/** What the upstream call produced: an answer read in full, or why there was none. */
type Exchange = ({ ok: true; status: number; body: string } | { ok: false; error: string }) & { proxy?: ProxyUse };

/** Sends the request the proxy's way; the deadline covers headers and body alike. */
async function exchange(request: UpstreamRequest, timeoutMs: number): Promise<Exchange> {
  const controller = new AbortController();
  const outcome = await fetchUpstream(request, controller, { ms: timeoutMs, phase: 'total' }, () => false);
  const proxy = outcome.proxy === undefined ? {} : { proxy: outcome.proxy };
  return { ...(await read(outcome, controller, timeoutMs)), ...proxy };
}

async function read(outcome: Awaited<ReturnType<typeof fetchUpstream>>, controller: AbortController, timeoutMs: number): Promise<Exchange> {
  if (!outcome.ok) {
    const { failure } = outcome;
    if (failure.kind === 'timeout') return { ok: false, error: `No answer within ${timeoutMs} ms (API_TEST_TIMEOUT_MS)` };
    if (failure.kind === 'network') return { ok: false, error: `Network error: ${failure.message}` };
    return { ok: false, error: `Request failed (${failure.kind})` };
  }
  try {
    const body = await outcome.response.text();
    return { ok: true, status: outcome.response.status, body };
  } catch {
    return controller.signal.aborted
      ? { ok: false, error: `No answer within ${timeoutMs} ms (API_TEST_TIMEOUT_MS)` }
      : { ok: false, error: 'The response body could not be read' };
  } finally {
    controller.abort(new Error('test finished'));
  }
}

export async function runProviderTest(
  provider: TestedProvider,
  options: { model: string | undefined; timeoutMs: number; encryptionKey: string },
): Promise<ProviderTestResult> {
  const format = providerFormats[provider.type];
  const model = chooseTestModel({ format, allowedModels: provider.allowedModels, modelRedirects: provider.modelRedirects }, options.model);
  let apiKey: string;
  let proxyUrl: string | null = null;
  try {
    const decrypt = (ciphertext: string) => decryptSecret(ciphertext, options.encryptionKey);
    apiKey = await decrypt(provider.apiKeyEncrypted);
    if (provider.proxyUrl !== null) proxyUrl = await openProxyUrl(provider.proxyUrl, provider.proxyPasswordEncrypted, decrypt);
  } catch {
    return { ok: false, status: null, latencyMs: 0, model: model.sent, text: null, error: 'The provider secrets cannot be decrypted with the current ENCRYPTION_KEY; save the API key and proxy password again', proxy: null };
  }
  const parts = buildTestRequest(format, model.sent);
  const headers = buildUpstreamHeaders(new Headers({ 'content-type': 'application/json' }), {
    type: provider.type,
    apiKey,
    customHeaders: provider.customHeaders,
  });
  const proxy = proxyUrl ? { proxy: { url: proxyUrl, fallbackToDirect: provider.proxyFallbackToDirect } } : {};
  const started = Date.now();
  const answer = await exchange(
    { url: joinUrl(provider.baseUrl, parts.path, parts.search), method: 'POST', headers, body: parts.body, ...proxy },
    options.timeoutMs,
  );
  const latencyMs = Date.now() - started;
  const clean = (text: string, max: number) => excerpt(stripSecrets(text, [apiKey]), max);
  const used = answer.proxy === undefined ? null : { ...answer.proxy, ...(answer.proxy.error === undefined ? {} : { error: clean(answer.proxy.error, errorLimit) }) };
  if (!answer.ok) return { ok: false, status: null, latencyMs, model: model.sent, text: null, error: clean(answer.error, errorLimit), proxy: used };
  const reply = readTestReply(format, answer.status, answer.body);
  if (!reply.ok) return { ok: false, status: answer.status, latencyMs, model: model.sent, text: null, error: clean(reply.error, errorLimit), proxy: used };
  return { ok: true, status: answer.status, latencyMs, model: reply.model ?? model.sent, text: clean(reply.text, textLimit), error: null, proxy: used };
}
