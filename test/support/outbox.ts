// Waits until the request-log outboxes are empty: every row the finished requests queued is written.
import { env } from 'cloudflare:test';
import { allOutboxStubs } from '../../durable-objects/log-outbox/stub.ts';
import { settle } from './gateway.ts';

export async function flushOutboxes(timeoutMs = 10_000): Promise<void> {
  await settle();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const results = await Promise.all(allOutboxStubs(env).map((stub) => stub.flush()));
    if (results.every((r) => r.pending === 0)) return;
    if (Date.now() > deadline) throw new Error(`outbox rows still pending: ${JSON.stringify(results)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
