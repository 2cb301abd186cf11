// Drives the worker from inside workerd for proxy tests: requests go straight to its fetch handler
// with the shared cache off (so each test file sees exactly the rows it seeded), SDK clients get a
// fetch that lands there, and the mock upstream is scripted over its control API.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import worker from '../../worker/src/index.ts';
import { timeoutRace } from '../../worker/src/timeout-race.ts';

export const gatewayOrigin = 'http://gateway.test';

const gatewayEnv = { ...env, UPSTASH_REDIS_REST_URL: '', UPSTASH_REDIS_REST_TOKEN: '' };
const pending: ExecutionContext[] = [];
const realFetch = globalThis.fetch.bind(globalThis);

export function callGateway(request: Request): Promise<Response> {
  const ctx = createExecutionContext();
  pending.push(ctx);
  return Promise.resolve(worker.fetch(request, gatewayEnv, ctx));
}

/** A fetch for SDK clients: gateway URLs go to the worker, everything else out as usual. */
export const gatewayFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  return request.url.startsWith(gatewayOrigin) ? callGateway(request) : realFetch(request);
};

/** Waits for the work each request left behind (session binding, logging); fails rather than hangs. */
export async function settle(timeoutMs = 45_000): Promise<void> {
  while (pending.length > 0) {
    const done = await timeoutRace(waitOnExecutionContext(pending.shift() as ExecutionContext), timeoutMs);
    if (done === 'timeout') throw new Error(`a request's background work did not finish within ${timeoutMs} ms`);
  }
}

/** Routes global fetch for gateway URLs (for clients without a fetch option, like @google/genai). */
export function routeGlobalFetch(): () => void {
  globalThis.fetch = gatewayFetch;
  return () => {
    globalThis.fetch = realFetch;
  };
}

export interface MockScenario {
  label?: string;
  match?: { path?: string; model?: string; apiKey?: string; header?: { name: string; value: string } };
  times?: number;
  always?: boolean;
  status?: number;
  errorMessage?: string;
  delayBeforeHeadersMs?: number;
  delayBetweenEventsMs?: number;
  stallAfterEvents?: number;
  resetAfterEvents?: number;
  malformed?: boolean;
  empty?: boolean;
  streamError?: { afterEvents: number; message?: string; status?: number };
  usage?: Partial<Record<'input' | 'output' | 'cacheRead' | 'cacheWrite5m' | 'cacheWrite1h' | 'reasoning', number>>;
  text?: string;
}

export async function scriptMock(...scenarios: MockScenario[]): Promise<void> {
  const response = await realFetch(`${env.MOCK_UPSTREAM_URL}/__mock/scenarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(scenarios),
  });
  if (!response.ok) throw new Error(`mock scenarios rejected: ${await response.text()}`);
}

export interface MockRecord {
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  disconnected: boolean;
  disconnectedAt?: number;
  finishedAt?: number;
}

export async function mockRequests(apiKey: string): Promise<MockRecord[]> {
  const response = await realFetch(`${env.MOCK_UPSTREAM_URL}/__mock/requests?apiKey=${encodeURIComponent(apiKey)}`);
  return (await response.json<{ requests: MockRecord[] }>()).requests;
}
