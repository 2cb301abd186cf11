// One entry per upstream attempt (SPEC §4.5): which provider, why it was chosen, how it ended.
import type { ErrorCategory } from '../upstream/classify-upstream-error.ts';
import type { ProxyUse } from '../upstream/fetch-upstream.ts';
import type { WireFormat } from '../formats/format.ts';
import type { SelectionReason } from './select-provider.ts';

export interface ChainEntry {
  providerId: number;
  providerName: string;
  /** The provider's format; differs from the client's when the request was converted. */
  providerFormat: WireFormat;
  reason: SelectionReason | 'retry';
  attempt: number;
  modelSent: string | undefined;
  outcome: 'success' | 'failure' | 'client_error' | 'aborted';
  statusCode?: number;
  category?: ErrorCategory;
  error?: string;
  startedAt: number;
  durationMs: number;
  /** Time to the response headers. */
  ttfbMs?: number;
  /** Set when the provider has an outbound proxy (§4.8): through it, failed, or fell back to direct. */
  proxy?: ProxyUse;
}
