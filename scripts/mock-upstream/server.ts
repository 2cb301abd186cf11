// The mock upstream HTTP server: routes vendor endpoints, applies scripted scenarios, records requests.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl } from './control-api.ts';
import type { MockState } from './control-api.ts';
import type { MockCall } from './generation-format.ts';
import { RequestLog, flattenHeaders, parseBody } from './request-log.ts';
import type { RecordedRequest } from './request-log.ts';
import type { MockDefaults } from './respond-generation.ts';
import { sendError } from './respond.ts';
import type { ResponseContext } from './respond.ts';
import { findRoute, modelOf, notFoundError } from './routes.ts';
import { parseScenarios } from './scenario.ts';
import type { ScenarioInput } from './scenario.ts';
import { ScenarioQueue } from './scenario-queue.ts';
import { pause } from './sse-writer.ts';
import type { MockUsage } from './usage.ts';

export type { RecordedRequest } from './request-log.ts';
export type { Scenario, ScenarioInput } from './scenario.ts';
export type { MockUsage } from './usage.ts';

export interface MockUpstreamOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Usage fields every reply reports unless a scenario overrides them. */
  usage?: Partial<MockUsage>;
  /** How many of the newest requests to keep for inspection (default 1000); 0 records nothing. */
  recordLimit?: number;
}

export interface MockUpstream {
  url: string;
  close(): Promise<void>;
  requests(): RecordedRequest[];
  script(...scenarios: ScenarioInput[]): void;
  reset(): void;
}

export async function startMockUpstream(options: MockUpstreamOptions = {}): Promise<MockUpstream> {
  const state: MockState = { log: new RequestLog(options.recordLimit), scenarios: new ScenarioQueue() };
  const defaults: MockDefaults = { usage: options.usage };
  const server = createServer((req, res) => {
    handle(req, res, state, defaults).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'content-type': 'text/plain' }).end(`mock upstream failed: ${String(error)}`);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    requests: () => state.log.list(),
    script: (...scenarios) => state.scenarios.add(parseScenarios(scenarios)),
    reset: () => {
      state.log.clear();
      state.scenarios.clear();
    },
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, state: MockState, defaults: MockDefaults): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  const raw = await readBody(req);
  if (url.pathname.startsWith('/__mock/')) return handleControl(req, res, url, raw, state);
  const call: MockCall = {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: flattenHeaders(req.headers),
    body: parseBody(raw),
    now: Date.now(),
  };
  const record = state.log.add({ method: call.method, path: call.path, query: call.query, headers: call.headers, body: call.body, receivedAt: call.now });
  const closed = watchConnection(res, record);
  const route = findRoute(call);
  if (route === undefined) return sendError({ res, record, scenario: undefined, closed }, notFoundError(call));
  const scenario = state.scenarios.take({ path: req.url ?? '/', model: modelOf(call), headers: call.headers, query: call.query });
  if (scenario !== undefined) record.scenario = scenario.label ?? 'unlabelled';
  const ctx: ResponseContext = { res, record, scenario, closed };
  if (scenario?.delayBeforeHeadersMs !== undefined && !(await pause(scenario.delayBeforeHeadersMs, closed))) return;
  if (scenario?.status !== undefined) {
    const error = { status: scenario.status, type: scenario.errorType, message: scenario.errorMessage };
    return sendError(ctx, scenario.errorBody === undefined ? route.renderError(error) : { status: scenario.status, body: scenario.errorBody });
  }
  await route.handle(call, ctx, defaults);
}

/** Records when the response finished or the client left early; the signal stops stalls and pauses. */
function watchConnection(res: ServerResponse, record: RecordedRequest): AbortSignal {
  const controller = new AbortController();
  res.once('finish', () => {
    record.finishedAt = Date.now();
  });
  res.once('close', () => {
    if (!res.writableFinished && !record.reset) {
      record.disconnected = true;
      record.disconnectedAt = Date.now();
    }
    controller.abort();
  });
  return controller.signal;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}
