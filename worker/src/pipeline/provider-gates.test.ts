// The pure parts of the proxy's provider-gate step: which outcome a request reports to each gate, and
// which providers the breaker snapshot marks unavailable.
import { describe, expect, it } from 'vitest';
import { openBreakers } from '../../../durable-objects/provider-gate/breaker-snapshot.ts';
import { gateOutcome, type RequestEnd } from './provider-gates.ts';
import type { ChainEntry } from './provider-chain.ts';

const entry = (providerId: number, fields: Partial<ChainEntry>): ChainEntry => ({
  providerId,
  providerName: `p${providerId}`,
  providerFormat: 'anthropic',
  reason: 'weighted_random',
  attempt: 1,
  modelSent: 'm',
  outcome: 'failure',
  startedAt: 0,
  durationMs: 1,
  ...fields,
});

describe('gateOutcome', () => {
  const chain = [
    entry(1, { category: 'PROVIDER_ERROR', statusCode: 500 }),
    entry(1, { category: 'PROVIDER_ERROR', statusCode: 500, reason: 'retry', attempt: 2 }),
    entry(2, { category: 'SYSTEM_ERROR' }),
    entry(3, { outcome: 'client_error', category: 'NON_RETRYABLE_CLIENT_ERROR', statusCode: 400 }),
    entry(4, { outcome: 'success', statusCode: 200 }),
  ];
  const end: RequestEnd = { chain, served: { providerId: 4, end: { kind: 'completed' }, costUsd: 0 } };

  it('reports one failure for a provider whose attempts failed with provider errors', () => {
    expect(gateOutcome(1, end, false)).toBe('failure');
  });

  it('counts network errors and timeouts only with ENABLE_CIRCUIT_BREAKER_ON_NETWORK_ERRORS', () => {
    expect(gateOutcome(2, end, false)).toBe('neutral');
    expect(gateOutcome(2, end, true)).toBe('failure');
  });

  it('never counts a client error against the provider', () => {
    expect(gateOutcome(3, end, true)).toBe('neutral');
  });

  it('reports success for the provider that served, and failure when its stream broke upstream', () => {
    expect(gateOutcome(4, end, false)).toBe('success');
    expect(gateOutcome(4, { chain, served: { providerId: 4, end: { kind: 'upstream_error', message: 'x' }, costUsd: 0 } }, false)).toBe('failure');
    expect(gateOutcome(4, { chain, served: { providerId: 4, end: { kind: 'client_abort' }, costUsd: 0 } }, false)).toBe('success');
  });
});

describe('openBreakers', () => {
  it('lists OPEN breakers until their reopening time and ignores the others', () => {
    const snapshot = {
      '1': { state: 'open' as const, reopenAt: 2_000 },
      '2': { state: 'half_open' as const, reopenAt: null },
      '3': { state: 'open' as const, reopenAt: 500 },
    };
    const open = openBreakers(snapshot, 1_000);
    expect([...open.keys()]).toEqual([1]);
    expect(open.get(1)).toBe('circuit open until 1970-01-01T00:00:02Z');
    expect(openBreakers(undefined, 1_000).size).toBe(0);
  });
});
