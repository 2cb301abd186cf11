// The only place that names LogOutbox instances: a few shards, chosen by request id, so no single
// object takes every row. Failure policy: if a shard cannot be reached, the caller retries once on
// another shard and then logs the whole row at error level, so it can still be recovered from logs.
import type { LogOutbox } from './log-outbox.ts';

export const outboxShards = 4;

export interface LogOutboxBinding {
  LOG_OUTBOX: DurableObjectNamespace<LogOutbox>;
}

function shardOf(requestId: string): number {
  let hash = 0;
  for (let i = 0; i < requestId.length; i++) hash = (hash * 31 + requestId.charCodeAt(i)) >>> 0;
  return hash % outboxShards;
}

export function outboxStub(env: LogOutboxBinding, shard: number): DurableObjectStub<LogOutbox> {
  return env.LOG_OUTBOX.get(env.LOG_OUTBOX.idFromName(`outbox:${shard % outboxShards}`));
}

export function outboxStubFor(env: LogOutboxBinding, requestId: string): DurableObjectStub<LogOutbox> {
  return outboxStub(env, shardOf(requestId));
}

export function allOutboxStubs(env: LogOutboxBinding): DurableObjectStub<LogOutbox>[] {
  return Array.from({ length: outboxShards }, (_, shard) => outboxStub(env, shard));
}
