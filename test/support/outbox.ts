// Waits until the request-log outboxes are empty: every row the finished requests queued is written.
// The default wait outlasts the outbox's own write deadline (30 s), so an abandoned write is retried.
import { env } from 'cloudflare:test';
import { allOutboxStubs } from '../../durable-objects/log-outbox/stub.ts';
import { timeoutRace } from '../../worker/src/timeout-race.ts';
import { settle } from './gateway.ts';

export async function flushOutboxes(timeoutMs = 45_000): Promise<void> {
  await settle();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const results = await timeoutRace(Promise.all(allOutboxStubs(env).map((stub) => stub.flush())), Math.max(deadline - Date.now(), 0));
    if (results === 'timeout') throw new Error('an outbox flush did not finish');
    if (results.every((r) => r.pending === 0)) return;
    if (Date.now() > deadline) throw new Error(`outbox rows still pending: ${JSON.stringify(results)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
