import { describe, expect, it } from 'vitest';
import type { LogRow } from './log-row.ts';
import { dayIn, rollupsOf } from './rollup.ts';

const row = (over: Partial<LogRow>): LogRow => ({
  requestId: crypto.randomUUID(),
  createdAt: Date.UTC(2026, 10, 22, 12),
  endpoint: '/v1/messages',
  statusCode: 200,
  userId: 1,
  keyId: 2,
  providerId: 3,
  modelRequested: 'claude-sonnet-4-5',
  inputTokens: 10,
  outputTokens: 5,
  costUsd: 0.25,
  ...over,
});

describe('rollupsOf', () => {
  it('sums rows of the same day, user, key, provider and model, counting errors', () => {
    const rollups = rollupsOf([row({}), row({ statusCode: 529, inputTokens: 0, outputTokens: 0, costUsd: 0 }), row({ modelRequested: 'claude-opus-4-1' })], 'UTC');
    // Sorted by dimension, so every batch locks rollup rows in the same order.
    expect(rollups).toEqual([
      expect.objectContaining({ day: '2026-11-22', model: 'claude-opus-4-1', requests: 1, errors: 0 }),
      expect.objectContaining({ day: '2026-11-22', model: 'claude-sonnet-4-5', requests: 2, errors: 1, inputTokens: 10, outputTokens: 5, costUsd: 0.25 }),
    ]);
  });

  it('keeps rejected requests without provider or model as their own dimension', () => {
    const [rollup] = rollupsOf([row({ providerId: null, modelRequested: null, statusCode: 401, userId: null, keyId: null })], 'UTC');
    expect(rollup).toMatchObject({ userId: null, keyId: null, providerId: null, model: null, requests: 1, errors: 1 });
  });

  it('cuts days in the configured time zone', () => {
    const lateUtc = Date.UTC(2026, 10, 22, 17, 30);
    expect(dayIn(lateUtc, 'UTC')).toBe('2026-11-22');
    expect(dayIn(lateUtc, 'Asia/Shanghai')).toBe('2026-11-23');
    expect(dayIn(Date.UTC(2026, 10, 22, 3), 'America/New_York')).toBe('2026-11-21');
  });
});
