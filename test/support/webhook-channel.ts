// The webhook recorder (test/support/webhook-recorder.ts) as workerd tests use it: a fresh channel
// per test, its recorded requests, and a scripted reply.
import { env } from 'cloudflare:test';
import type { RecordedHook } from './webhook-recorder.ts';

export interface HookChannel {
  name: string;
  /** The URL a target posts to; anything may follow it (query, path). */
  url: string;
  recorded(): Promise<RecordedHook[]>;
  reply(status: number, body: unknown): Promise<void>;
  /** Waits until `count` requests arrived (deliveries made in the background), then returns them. */
  waitFor(count: number): Promise<RecordedHook[]>;
}

export function hookChannel(prefix: string): HookChannel {
  const name = `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
  const base = env.WEBHOOK_RECORDER_URL;
  const recorded = async () => (await (await fetch(`${base}/recorded/${name}`)).json<{ requests: RecordedHook[] }>()).requests;
  return {
    name,
    url: `${base}/hook/${name}`,
    recorded,
    reply: async (status, body) => {
      await fetch(`${base}/reply/${name}`, { method: 'PUT', body: JSON.stringify({ status, body: typeof body === 'string' ? body : JSON.stringify(body) }) });
    },
    waitFor: async (count) => {
      for (let i = 0; i < 200; i++) {
        const requests = await recorded();
        if (requests.length >= count) return requests;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`channel ${name} received fewer than ${count} requests`);
    },
  };
}
