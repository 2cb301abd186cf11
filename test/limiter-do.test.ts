// The Limiter Durable Object (§5) in workerd: RPC admission, the admin status push, spend reset, and
// its windows surviving an eviction.
import { env, evictDurableObject, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { testPolicy } from '../durable-objects/limiter/test-policy.ts';
import type { LimitPolicy } from '../durable-objects/limiter/limit-policy.ts';
import type { Limiter } from '../durable-objects/limiter/limiter.ts';
import { limiterStub } from '../durable-objects/limiter/stub.ts';

let nextId = 1_000_000;
const freshStub = () => limiterStub(env, 'key', nextId++);

const policy = testPolicy;

const now = Date.UTC(2026, 10, 22, 12, 0, 0);

describe('Limiter', () => {
  it('admits exactly rpmLimit requests in a minute and refuses the next with its reset time', async () => {
    const stub = freshStub();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await stub.admit({ policy: policy({ rpmLimit: 3 }), sessionId: 's', now: now + i }));
    expect(results.slice(0, 3).every((r) => r.ok)).toBe(true);
    expect(results[3]).toMatchObject({ ok: false, reason: 'limit', limit: 'rpm', current: 3, max: 3, resetAt: now + 60_000 });
    expect(await stub.admit({ policy: policy({ rpmLimit: 3 }), sessionId: 's', now: now + 60_000 })).toMatchObject({ ok: true });
  });

  it('refuses a principal disabled through setStatus although the caller still says it is enabled', async () => {
    const stub = freshStub();
    expect(await stub.admit({ policy: policy(), sessionId: 's', now })).toMatchObject({ ok: true });
    await stub.setStatus({ enabled: false, expiresAt: null });
    expect(await stub.admit({ policy: policy(), sessionId: 's', now })).toEqual({ ok: false, reason: 'disabled' });
    await stub.setStatus({ enabled: true, expiresAt: now - 1 });
    expect(await stub.admit({ policy: policy(), sessionId: 's', now })).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('charges settled cost to the spend windows and empties them on resetSpend', async () => {
    const stub = freshStub();
    const limited = policy({ dailyLimitUsd: 1 });
    await stub.admit({ policy: limited, sessionId: 's', now });
    await stub.settle({ costUsd: 1.5, sessionId: 's', reservationId: null, now });
    expect(await stub.admit({ policy: limited, sessionId: 's', now: now + 1 })).toMatchObject({ ok: false, limit: 'daily', current: 1.5, max: 1 });
    await stub.resetSpend({ now: now + 2 });
    expect(await stub.admit({ policy: limited, sessionId: 's', now: now + 3 })).toMatchObject({ ok: true });
    const daily = (await stub.usage({ now: now + 3 })).find((u) => u.limit === 'daily');
    expect(daily).toMatchObject({ current: 0, max: 1 });
  });

  it('keeps its windows and status across an eviction', async () => {
    const stub = freshStub();
    for (let i = 0; i < 2; i++) await stub.admit({ policy: policy({ rpmLimit: 2 }), sessionId: 's', now });
    await stub.setStatus({ enabled: true, expiresAt: null });
    await evictDurableObject(stub);
    const stored = await runInDurableObject(stub, async (_instance: Limiter, state) => state.storage.get('limiter'));
    expect(stored).toMatchObject({ status: { enabled: true }, state: { requests: [now, now] } });
    expect(await stub.admit({ policy: policy({ rpmLimit: 2 }), sessionId: 's', now: now + 1 })).toMatchObject({ ok: false, limit: 'rpm' });
  });
});
