// Tries providers until one answers (SPEC §4.5): retries the same provider on provider errors up to
// its attempt budget, moves on after that or on network errors and timeouts, returns client errors
// as they are, and never retries once the client has the first byte (streams commit only after
// their first content). Every attempt lands in the provider chain.
import { ProxyError } from '../errors.ts';
import { classifyUpstreamFailure, describeFailure, type UpstreamFailure } from '../upstream/classify-upstream-error.ts';
import { attemptUpstream, clientHeaders, type AttemptContext, type Delivery } from './attempt-upstream.ts';
import type { ChainEntry } from './provider-chain.ts';
import type { ProviderRuntime } from './provider-snapshot.ts';
import { selectProvider, type SelectionInput } from './select-provider.ts';

export const maxProviderSwitches = 20;

export interface FailoverInput extends AttemptContext {
  providers: ProviderRuntime[];
  selection: Omit<SelectionInput, 'exclude'>;
  defaultAttempts: number;
  /** Count tokens and similar calls: one attempt per provider. */
  singleAttempt: boolean;
  /** Asked once per chosen provider before its first attempt (its gate); a refusal excludes it. */
  admitProvider?: (provider: ProviderRuntime) => Promise<{ ok: true } | { ok: false; reason: string }>;
}

export type FailoverResult =
  | { ok: true; provider: ProviderRuntime; delivery: Delivery; chain: ChainEntry[] }
  | { ok: false; error: ProxyError | Response; failure?: UpstreamFailure; provider?: ProviderRuntime; chain: ChainEntry[]; filtered?: { providerId: number; name: string; reason: string }[] };

function noProvider(filtered: { name: string; reason: string }[]): ProxyError {
  const why = filtered.map((f) => `${f.name}: ${f.reason}`).join('; ');
  return new ProxyError('unavailable', `No available provider found${why ? ` (${why})` : ''}`, { code: 'no_available_provider' });
}

function finalError(failure: UpstreamFailure, upstream: { status: number; headers: Headers; body: ArrayBuffer } | undefined): ProxyError | Response {
  if (upstream !== undefined) return new Response(upstream.body, { status: upstream.status, headers: clientHeaders(upstream.headers) });
  if (failure.kind === 'timeout') return new ProxyError('timeout', 'Request timeout', { code: 'request_timeout' });
  return new ProxyError('upstream', `Upstream error: ${describeFailure(failure)}`, { code: 'upstream_error' });
}

export async function forwardWithFailover(input: FailoverInput): Promise<FailoverResult> {
  const chain: ChainEntry[] = [];
  const exclude = new Map<number, string>();
  let last: { failure: UpstreamFailure; provider: ProviderRuntime; upstream?: { status: number; headers: Headers; body: ArrayBuffer } } | undefined;
  for (let switches = 0; switches <= maxProviderSwitches; switches++) {
    const selection = selectProvider(input.providers, { ...input.selection, exclude });
    if (selection.provider === undefined) {
      if (last === undefined) return { ok: false, error: noProvider(selection.filtered), chain, filtered: selection.filtered };
      break;
    }
    const provider = selection.provider;
    const admission = input.admitProvider === undefined ? { ok: true as const } : await input.admitProvider(provider);
    if (!admission.ok) {
      exclude.set(provider.id, admission.reason);
      continue;
    }
    const attempts = input.singleAttempt ? 1 : Math.max(1, provider.maxRetryAttempts ?? input.defaultAttempts);
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const startedAt = Date.now();
      const result = await attemptUpstream(provider, input);
      const entry = {
        providerId: provider.id,
        providerName: provider.name,
        providerFormat: provider.format,
        reason: attempt > 1 ? ('retry' as const) : selection.reason,
        attempt,
        modelSent: result.modelSent,
        startedAt,
        durationMs: Date.now() - startedAt,
        ...(result.ttfbMs === undefined ? {} : { ttfbMs: result.ttfbMs }),
        ...(result.proxy === undefined ? {} : { proxy: result.proxy }),
      };
      if (result.ok) {
        chain.push({ ...entry, outcome: 'success', statusCode: result.delivery.response.status });
        return { ok: true, provider, delivery: result.delivery, chain };
      }
      const verdict = classifyUpstreamFailure(result.failure, input.config.ENABLE_CIRCUIT_BREAKER_ON_NETWORK_ERRORS);
      const statusCode = result.upstream?.status;
      chain.push({
        ...entry,
        outcome: verdict.category === 'CLIENT_ABORT' ? 'aborted' : verdict.category === 'NON_RETRYABLE_CLIENT_ERROR' ? 'client_error' : 'failure',
        category: verdict.category,
        error: describeFailure(result.failure),
        ...(statusCode === undefined ? {} : { statusCode }),
      });
      last = { failure: result.failure, provider, ...(result.upstream ? { upstream: result.upstream } : {}) };
      if (!verdict.failover && !verdict.retrySameProvider) {
        return { ok: false, error: finalError(result.failure, result.upstream), failure: result.failure, provider, chain };
      }
      if (!verdict.retrySameProvider) break;
    }
    exclude.set(provider.id, describeFailure(last?.failure ?? { kind: 'empty_stream' }));
  }
  const failure = last?.failure ?? { kind: 'empty_stream' as const };
  return { ok: false, error: finalError(failure, last?.upstream), failure, ...(last ? { provider: last.provider } : {}), chain };
}
