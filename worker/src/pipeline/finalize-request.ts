// What happens once a proxied request is over (stream end, cancel or error), exactly once and after
// the client has its answer: bind the session to the provider that served it, and record the request
// with its provider chain. (The durable request log will take this record; for now it is a log line.)
import type { Cache } from '../cache/shared-cache.ts';
import { sessionBindingKey } from '../cache/cache-keys.ts';
import type { Usage } from '../formats/ir/usage.ts';
import type { Logger } from '../log.ts';
import type { ChainEntry } from './provider-chain.ts';
import type { StreamEnd } from './relay-stream.ts';

export interface RequestRecord {
  requestId: string;
  keyId: number;
  userId: number;
  sessionId: string;
  endpoint: string;
  clientFormat: string;
  modelRequested: string | undefined;
  stream: boolean;
  statusCode: number;
  providerId: number | undefined;
  providerChain: ChainEntry[];
  startedAt: number;
  end?: StreamEnd;
  usage?: Usage | undefined;
  errorMessage?: string;
}

export async function finalizeRequest(record: RequestRecord, deps: { cache: Cache; log: Logger; sessionTtl: number }): Promise<void> {
  const served = record.end?.kind === 'completed' && record.providerId !== undefined && record.statusCode < 400;
  if (served && record.providerId !== undefined) {
    await deps.cache.set(sessionBindingKey(record.keyId, record.sessionId), record.providerId, deps.sessionTtl);
  }
  deps.log.info('Request finished', {
    keyId: record.keyId,
    userId: record.userId,
    sessionId: record.sessionId,
    providerId: record.providerId,
    endpoint: record.endpoint,
    model: record.modelRequested,
    stream: record.stream,
    statusCode: record.statusCode,
    end: record.end?.kind,
    usage: record.usage,
    durationMs: Date.now() - record.startedAt,
    providerChain: record.providerChain,
    ...(record.errorMessage ? { error: record.errorMessage } : {}),
  });
}
