// Builds the HTTP response for a gateway error in the client's format, with the request id.
import { clientFormatOf } from './client-format.ts';
import type { ErrorView } from './render-error.ts';
import { renderErrorBody } from './render-error.ts';

export function errorResponse(
  request: Request,
  requestId: string,
  error: ErrorView,
  headers: Record<string, string> = {},
): Response {
  const path = new URL(request.url).pathname;
  const body = renderErrorBody(clientFormatOf(path, request.headers), error, requestId);
  return Response.json(body, {
    status: error.status,
    headers: { ...headers, 'x-request-id': requestId },
  });
}
