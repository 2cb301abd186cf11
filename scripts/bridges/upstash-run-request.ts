// Runs a parsed Upstash REST request on one shared ioredis connection and shapes the HTTP answer
// as Upstash does: `{result}` or `{error}` for a command, one entry per command for batches.
import type { Redis } from 'ioredis';
import { encodeUpstashResult } from './upstash-encode-result.ts';
import type { RedisCommand, UpstashRequest } from './upstash-parse-request.ts';

export interface BridgeReply {
  status: number;
  body: unknown;
}

type Entry = { result: unknown } | { error: string };

// All requests share one connection, so commands that change its state or park it are refused.
const connectionStateCommands = new Set([
  'AUTH', 'CLIENT', 'DISCARD', 'EXEC', 'HELLO', 'MONITOR', 'MULTI', 'PSUBSCRIBE', 'PUNSUBSCRIBE',
  'QUIT', 'RESET', 'SELECT', 'SSUBSCRIBE', 'SUBSCRIBE', 'SUNSUBSCRIBE', 'UNSUBSCRIBE', 'UNWATCH', 'WATCH',
]);
const blockingCommands = new Set([
  'BLMOVE', 'BLMPOP', 'BLPOP', 'BRPOP', 'BRPOPLPUSH', 'BZMPOP', 'BZPOPMAX', 'BZPOPMIN', 'WAIT', 'WAITAOF',
]);

export async function runUpstashRequest(redis: Redis, request: UpstashRequest, base64: boolean): Promise<BridgeReply> {
  try {
    if (request.kind === 'command') return await runCommand(redis, request.command, base64);
    if (request.kind === 'pipeline') return await runPipeline(redis, request.commands, base64);
    return await runTransaction(redis, request.commands, base64);
  } catch (error) {
    return errorReply(error);
  }
}

async function runCommand(redis: Redis, command: RedisCommand, base64: boolean): Promise<BridgeReply> {
  const refusal = refuse(command);
  if (refusal !== undefined) return { status: 400, body: { error: refusal } };
  const [name, ...args] = command;
  const reply = await redis.callBuffer(wireName(name), ...args);
  return { status: 200, body: { result: encodeUpstashResult(reply, base64) } };
}

async function runPipeline(redis: Redis, commands: RedisCommand[], base64: boolean): Promise<BridgeReply> {
  const refusals = commands.map(refuse);
  const pipeline = redis.pipeline();
  commands.forEach((command, index) => {
    const [name, ...args] = command;
    if (refusals[index] === undefined) pipeline.callBuffer(wireName(name), ...args);
  });
  const outcomes = pipeline.length > 0 ? ((await pipeline.exec()) ?? []) : [];
  let next = 0;
  const entries = refusals.map((refusal): Entry => {
    if (refusal !== undefined) return { error: refusal };
    const outcome = outcomes[next++];
    return toEntry(outcome, base64);
  });
  return { status: 200, body: entries };
}

async function runTransaction(redis: Redis, commands: RedisCommand[], base64: boolean): Promise<BridgeReply> {
  // Upstash discards the whole transaction when one of its commands is unsupported.
  const refusal = commands.map(refuse).find((message) => message !== undefined);
  if (refusal !== undefined) return { status: 400, body: { error: refusal } };
  const transaction = redis.multi();
  for (const [name, ...args] of commands) transaction.callBuffer(wireName(name), ...args);
  const outcomes = await transaction.exec();
  if (outcomes === null) throw new Error('the transaction was aborted');
  return { status: 200, body: outcomes.map((outcome) => toEntry(outcome, base64)) };
}

/** One batch entry; a lost connection fails the whole request rather than looking like a Redis error. */
function toEntry(outcome: [Error | null, unknown] | undefined, base64: boolean): Entry {
  if (outcome === undefined) throw new Error('Redis returned fewer replies than commands');
  const [error, reply] = outcome;
  if (error === null) return { result: encodeUpstashResult(reply, base64) };
  if (!isReplyError(error)) throw error;
  return { error: error.message };
}

/**
 * ioredis reshapes some commands by their lowercase name (hgetall replies become objects, hset
 * arguments are expanded from objects); Upstash forwards Redis's own reply, so the name goes uppercase.
 */
function wireName(name: string): string {
  return name.toUpperCase();
}

function refuse(command: RedisCommand): string | undefined {
  const name = command[0].toUpperCase();
  const blocksOnStream = (name === 'XREAD' || name === 'XREADGROUP') && command.some(isBlockOption);
  if (blockingCommands.has(name) || blocksOnStream) {
    return `ERR Command is not available: '${command[0]}' would block the local bridge's shared connection`;
  }
  if (connectionStateCommands.has(name)) {
    return `ERR Command is not available: '${command[0]}' needs a connection of its own`;
  }
  return undefined;
}

function isBlockOption(arg: string | Buffer): boolean {
  return typeof arg === 'string' && arg.toUpperCase() === 'BLOCK';
}

function errorReply(error: unknown): BridgeReply {
  if (isReplyError(error)) return { status: 400, body: { error: queuedErrorMessage(error) ?? error.message } };
  const message = error instanceof Error ? error.message : String(error);
  return { status: 503, body: { error: `ERR Redis is unavailable: ${message}` } };
}

function isReplyError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'ReplyError';
}

/** EXECABORT only says "previous errors"; the first rejected command says what was wrong. */
function queuedErrorMessage(error: Error): string | undefined {
  if (!('previousErrors' in error) || !Array.isArray(error.previousErrors)) return undefined;
  const [first] = error.previousErrors as unknown[];
  return first instanceof Error ? first.message : undefined;
}
