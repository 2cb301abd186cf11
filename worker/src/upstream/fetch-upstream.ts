// Sends one attempt upstream with a deadline for the response headers. The caller owns the abort
// controller: it is also aborted when the client goes away, and kept for the body that follows.
import type { UpstreamFailure } from './classify-upstream-error.ts';

export interface UpstreamRequest {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null;
}

export type FetchOutcome = { ok: true; response: Response } | { ok: false; failure: UpstreamFailure };

/** Aborts `controller` after `ms` unless cleared; says whether it fired. */
export function deadline(controller: AbortController, ms: number): { clear(): void; fired(): boolean } {
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort(new Error('deadline'));
  }, ms);
  return { clear: () => clearTimeout(timer), fired: () => fired };
}

export async function fetchUpstream(
  request: UpstreamRequest,
  controller: AbortController,
  timeout: { ms: number; phase: 'first_byte' | 'total' },
  clientGone: () => boolean,
): Promise<FetchOutcome> {
  const timer = deadline(controller, timeout.ms);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
      redirect: 'manual',
    });
    if (timeout.phase === 'first_byte') timer.clear();
    return { ok: true, response };
  } catch (error) {
    timer.clear();
    if (clientGone()) return { ok: false, failure: { kind: 'client_abort' } };
    if (timer.fired()) return { ok: false, failure: { kind: 'timeout', phase: timeout.phase } };
    return { ok: false, failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
  }
}
