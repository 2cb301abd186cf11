// The smart probe of an OPEN provider (§4.6): one tiny real request, the provider's model listing,
// sent with its own auth and a short timeout. A probe never counts as a failure; only `ok` matters.
import type { Config } from '../../worker/src/config.ts';
import { decryptSecret } from '../../worker/src/crypto/encrypt-secret.ts';
import type { ProviderType } from '../../worker/src/db/schema/providers.ts';
import { fetchUpstream } from '../../worker/src/upstream/fetch-upstream.ts';
import { joinUrl } from '../../worker/src/upstream/join-url.ts';
import { openProxyUrl } from '../../worker/src/upstream/outbound-proxy/proxy-password.ts';
import { buildUpstreamHeaders } from '../../worker/src/upstream/provider-headers.ts';

export interface ProbeTarget {
  type: ProviderType;
  baseUrl: string;
  apiKeyEncrypted: string;
  customHeaders: Record<string, string>;
  /** The provider's outbound proxy (§4.8), which a probe goes through like any request. */
  proxy?: { url: string; passwordEncrypted: string | null; fallbackToDirect: boolean };
}

/** Sent by the worker with each acquire while ENABLE_SMART_PROBING is on; kept for the alarm. */
export interface ProbeSettings {
  target: ProbeTarget;
  intervalMs: number;
  timeoutMs: number;
}

export type ProbeResult = { ok: true; status: number } | { ok: false; status?: number; error: string };

// Listing models costs nothing and needs no model name, yet goes through the provider's auth and
// network path. Code Assist (gemini-cli) has no such listing, so it recovers by the timer only.
const listingPath: Partial<Record<ProviderType, string>> = {
  claude: '/v1/models',
  'claude-auth': '/v1/models',
  codex: '/v1/models',
  'openai-compatible': '/v1/models',
  gemini: '/v1beta/models',
};

export async function runProbe(
  target: ProbeTarget,
  config: { ENCRYPTION_KEY: Config['ENCRYPTION_KEY']; timeoutMs: number },
): Promise<ProbeResult> {
  const path = listingPath[target.type];
  if (path === undefined) return { ok: false, error: `no probe request for ${target.type} providers` };
  if (config.ENCRYPTION_KEY === undefined) return { ok: false, error: 'ENCRYPTION_KEY is not set' };
  let apiKey: string;
  let proxy: { url: string; fallbackToDirect: boolean } | undefined;
  try {
    apiKey = await decryptSecret(target.apiKeyEncrypted, config.ENCRYPTION_KEY);
    if (target.proxy !== undefined) {
      const { url, passwordEncrypted, fallbackToDirect } = target.proxy;
      const key = config.ENCRYPTION_KEY;
      proxy = { url: await openProxyUrl(url, passwordEncrypted, (ciphertext) => decryptSecret(ciphertext, key)), fallbackToDirect };
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const controller = new AbortController();
  const outcome = await fetchUpstream(
    {
      url: joinUrl(target.baseUrl, path, ''),
      method: 'GET',
      headers: buildUpstreamHeaders(new Headers(), { type: target.type, apiKey, customHeaders: target.customHeaders }),
      body: null,
      ...(proxy === undefined ? {} : { proxy }),
    },
    controller,
    { ms: config.timeoutMs, phase: 'first_byte' },
    () => false,
  );
  if (!outcome.ok) return { ok: false, error: outcome.failure.kind === 'timeout' ? 'probe timeout' : 'probe network error' };
  const { status } = outcome.response;
  await outcome.response.body?.cancel().catch(() => {});
  controller.abort();
  return status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `probe returned ${status}` };
}
