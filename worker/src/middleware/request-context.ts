// Cross-cutting setup for every request: the request id (on every response), the validated
// configuration and a logger carrying the request id. A bad configuration fails here with a 500
// that names the variable and the accepted form.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { errorResponse } from '../respond-error.ts';

export function newRequestId(): string {
  return `req_${crypto.randomUUID().replaceAll('-', '')}`;
}

export const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const requestId = newRequestId();
  c.set('requestId', requestId);
  try {
    c.set('config', loadConfig(c.env));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger('info', { requestId }).error(error.message);
    return errorResponse(c.req.raw, requestId, { kind: 'internal', status: 500, message: error.message, code: 'invalid_configuration' });
  }
  c.set('log', createLogger(c.get('config').LOG_LEVEL, { requestId }));
  await next();
  setResponseHeader(c, 'x-request-id', requestId);
};

/** Responses passed through from fetch() have immutable headers; copy them when needed. */
function setResponseHeader(c: { res: Response }, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set(name, value);
  }
}
