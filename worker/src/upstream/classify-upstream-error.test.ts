import { describe, expect, it } from 'vitest';
import { classifyUpstreamFailure } from './classify-upstream-error.ts';

describe('classifyUpstreamFailure', () => {
  it('retries and fails over provider errors: 5xx, 429, 529, 401/403 from the provider, empty streams', () => {
    for (const status of [500, 502, 503, 529, 429, 401, 403, 404]) {
      expect(classifyUpstreamFailure({ kind: 'status', status }, false)).toEqual({
        category: 'PROVIDER_ERROR',
        retrySameProvider: true,
        failover: true,
        countsForBreaker: true,
      });
    }
    expect(classifyUpstreamFailure({ kind: 'empty_stream' }, false).category).toBe('PROVIDER_ERROR');
    expect(classifyUpstreamFailure({ kind: 'stream_error', message: 'overloaded' }, false).countsForBreaker).toBe(true);
  });

  it('returns invalid requests to the client without retrying or blaming the provider', () => {
    for (const status of [400, 413, 422]) {
      expect(classifyUpstreamFailure({ kind: 'status', status }, true)).toEqual({
        category: 'NON_RETRYABLE_CLIENT_ERROR',
        retrySameProvider: false,
        failover: false,
        countsForBreaker: false,
      });
    }
  });

  it('fails network errors and timeouts over to the next provider, counting them only when configured', () => {
    const network = classifyUpstreamFailure({ kind: 'network', message: 'connection reset' }, false);
    expect(network).toEqual({ category: 'SYSTEM_ERROR', retrySameProvider: false, failover: true, countsForBreaker: false });
    expect(classifyUpstreamFailure({ kind: 'timeout', phase: 'first_byte' }, true).countsForBreaker).toBe(true);
  });

  it('never retries after the client left', () => {
    expect(classifyUpstreamFailure({ kind: 'client_abort' }, true)).toEqual({
      category: 'CLIENT_ABORT',
      retrySameProvider: false,
      failover: false,
      countsForBreaker: false,
    });
  });
});
