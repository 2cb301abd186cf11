// The JSON control API under /__mock/: script scenarios, read recorded requests, reset.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ZodError } from 'zod';
import type { RecordedRequest, RequestLog } from './request-log.ts';
import { parseBody } from './request-log.ts';
import { parseScenarios } from './scenario.ts';
import { carriesKey } from './scenario-queue.ts';
import type { ScenarioQueue } from './scenario-queue.ts';

export interface MockState {
  log: RequestLog;
  scenarios: ScenarioQueue;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function handleControl(req: IncomingMessage, res: ServerResponse, url: URL, raw: string, state: MockState): void {
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  switch (route) {
    case 'POST /__mock/scenarios':
      return queueScenarios(res, raw, state);
    case 'GET /__mock/scenarios':
      return reply(res, 200, { scenarios: state.scenarios.list() });
    case 'DELETE /__mock/scenarios':
      state.scenarios.clear();
      return reply(res, 200, { ok: true });
    case 'GET /__mock/requests':
      return reply(res, 200, { requests: filterRequests(state.log.list(), url.searchParams) });
    case 'POST /__mock/reset':
      state.log.clear();
      state.scenarios.clear();
      return reply(res, 200, { ok: true });
    default:
      return reply(res, 404, { error: `no control route ${route}` });
  }
}

function queueScenarios(res: ServerResponse, raw: string, state: MockState): void {
  try {
    const scenarios = parseScenarios(parseBody(raw));
    state.scenarios.add(scenarios);
    reply(res, 200, { queued: scenarios.length, scenarios: state.scenarios.list() });
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    reply(res, 400, { error: 'invalid scenario', issues: error.issues });
  }
}

/** `?path=` substring, `?apiKey=` the client's key, `?since=` ids after this one; all optional. */
function filterRequests(requests: RecordedRequest[], params: URLSearchParams): RecordedRequest[] {
  const path = params.get('path');
  const apiKey = params.get('apiKey');
  const since = Number(params.get('since') ?? 0);
  return requests.filter(
    (request) =>
      (path === null || request.path.includes(path)) &&
      (apiKey === null || carriesKey(request, apiKey)) &&
      request.id > since,
  );
}
