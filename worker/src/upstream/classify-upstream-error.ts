// The one decision about an upstream failure (SPEC §4.5). It drives retry, failover, breaker
// accounting and what the client is told.

export type ErrorCategory = 'PROVIDER_ERROR' | 'SYSTEM_ERROR' | 'NON_RETRYABLE_CLIENT_ERROR' | 'CLIENT_ABORT';

export type UpstreamFailure =
  | { kind: 'status'; status: number }
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; phase: 'first_byte' | 'idle' | 'total' }
  | { kind: 'empty_stream' }
  | { kind: 'stream_error'; message: string }
  | { kind: 'client_abort' };

export interface Classification {
  category: ErrorCategory;
  /** Try the same provider again (up to its attempt budget). */
  retrySameProvider: boolean;
  /** Move on to another provider. */
  failover: boolean;
  /** Report a failure to the provider's circuit breaker. */
  countsForBreaker: boolean;
}

/** Statuses that say the request itself is wrong: another provider would refuse it too. */
const clientErrorStatuses = new Set([400, 413, 415, 422]);

export function classifyUpstreamFailure(failure: UpstreamFailure, breakerOnNetworkErrors: boolean): Classification {
  switch (failure.kind) {
    case 'status':
      if (clientErrorStatuses.has(failure.status)) {
        return { category: 'NON_RETRYABLE_CLIENT_ERROR', retrySameProvider: false, failover: false, countsForBreaker: false };
      }
      return { category: 'PROVIDER_ERROR', retrySameProvider: true, failover: true, countsForBreaker: true };
    case 'empty_stream':
    case 'stream_error':
      return { category: 'PROVIDER_ERROR', retrySameProvider: true, failover: true, countsForBreaker: true };
    case 'network':
    case 'timeout':
      return { category: 'SYSTEM_ERROR', retrySameProvider: false, failover: true, countsForBreaker: breakerOnNetworkErrors };
    case 'client_abort':
      return { category: 'CLIENT_ABORT', retrySameProvider: false, failover: false, countsForBreaker: false };
  }
}

export function describeFailure(failure: UpstreamFailure): string {
  switch (failure.kind) {
    case 'status':
      return `upstream returned ${failure.status}`;
    case 'network':
      return `network error: ${failure.message}`;
    case 'timeout':
      return `${failure.phase.replace('_', ' ')} timeout`;
    case 'empty_stream':
      return 'stream ended before any content';
    case 'stream_error':
      return `stream error before content: ${failure.message}`;
    case 'client_abort':
      return 'client disconnected';
  }
}
