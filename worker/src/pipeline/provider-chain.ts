// One entry per upstream attempt (SPEC §4.5): which provider, why it was chosen, how it ended.
import type { ErrorCategory } from '../upstream/classify-upstream-error.ts';
import type { SelectionReason } from './select-provider.ts';

export interface ChainEntry {
  providerId: number;
  providerName: string;
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
}
