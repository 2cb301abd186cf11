// Hands a finished request's log row to the outbox. If its shard cannot be reached, another shard is
// tried; if that fails too, the whole row goes to the error log so it can still be recovered.
import type { Env } from '../env.ts';
import type { Logger } from '../log.ts';
import { outboxStub, outboxStubFor, outboxShards } from '../../../durable-objects/log-outbox/stub.ts';
import type { LogRow } from './log-row.ts';

export async function recordRequest(env: Env, row: LogRow, log: Logger): Promise<void> {
  try {
    await outboxStubFor(env, row.requestId).append([row]);
    return;
  } catch (first) {
    try {
      await outboxStub(env, Math.floor(Math.random() * outboxShards)).append([row]);
      return;
    } catch (second) {
      log.error('Request log row not queued', { row, error: second instanceof Error ? second.message : String(second), firstError: String(first) });
    }
  }
}
