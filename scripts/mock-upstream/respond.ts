// Sends JSON bodies, vendor errors and scripted streams, applying the request's scenario on the way out.
import type { ServerResponse } from 'node:http';
import type { ErrorReply, StreamEncoding } from './generation-format.ts';
import type { RecordedRequest } from './request-log.ts';
import type { Scenario } from './scenario.ts';
import { closedPromise, playStream, resetConnection } from './sse-writer.ts';
import type { StreamScript } from './stream-script.ts';

export interface ResponseContext {
  res: ServerResponse;
  record: RecordedRequest;
  scenario: Scenario | undefined;
  closed: AbortSignal;
}

const JSON_TYPE = 'application/json; charset=utf-8';

const STREAM_TYPES: Record<StreamEncoding, string> = {
  sse: 'text/event-stream; charset=utf-8',
  'sse-crlf': 'text/event-stream',
  'json-array': 'application/json; charset=UTF-8',
};

function writeHead(ctx: ResponseContext, status: number, contentType: string): void {
  ctx.record.status = status;
  ctx.res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-cache', ...ctx.scenario?.headers });
}

/** A successful JSON answer, subject to the scenario's stall, reset, malformed and empty faults. */
export async function sendJson(ctx: ResponseContext, body: unknown): Promise<void> {
  const scenario = ctx.scenario ?? {};
  const text = JSON.stringify(body);
  writeHead(ctx, 200, JSON_TYPE);
  if (scenario.empty) {
    ctx.res.end();
  } else if (scenario.stallAfterEvents !== undefined) {
    ctx.res.flushHeaders();
    await closedPromise(ctx.closed);
  } else if (scenario.resetAfterEvents !== undefined) {
    ctx.res.write(text.slice(0, Math.floor(text.length / 2)));
    await resetConnection(ctx.res, { delayBetweenEventsMs: 0, closed: ctx.closed, onReset: () => markReset(ctx) });
  } else if (scenario.malformed) {
    ctx.res.end(text.slice(0, Math.floor(text.length / 2)));
  } else {
    ctx.res.end(text);
  }
}

export function sendError(ctx: ResponseContext, reply: ErrorReply): void {
  writeHead(ctx, reply.status, JSON_TYPE);
  ctx.res.end(JSON.stringify(reply.body));
}

export async function sendStream(ctx: ResponseContext, script: StreamScript, encoding: StreamEncoding): Promise<void> {
  writeHead(ctx, 200, STREAM_TYPES[encoding]);
  ctx.res.flushHeaders();
  await playStream(ctx.res, script, {
    delayBetweenEventsMs: ctx.scenario?.delayBetweenEventsMs ?? 0,
    closed: ctx.closed,
    onReset: () => markReset(ctx),
  });
}

function markReset(ctx: ResponseContext): void {
  ctx.record.reset = true;
}
