// Renders a gateway error in the client's own format (SPEC §11); the message ends with the request id.
import type { WireFormat } from './formats/format.ts';
import type { ErrorKind } from './errors.ts';

export interface ErrorView {
  kind: ErrorKind;
  status: number;
  message: string;
  code?: string | undefined;
  details?: unknown;
}

const anthropicTypes: Record<ErrorKind, string> = {
  bad_request: 'invalid_request_error',
  unauthorized: 'authentication_error',
  forbidden: 'permission_error',
  not_found: 'not_found_error',
  conflict: 'invalid_request_error',
  payload_too_large: 'request_too_large',
  unprocessable: 'invalid_request_error',
  rate_limited: 'rate_limit_error',
  internal: 'api_error',
  upstream: 'api_error',
  unavailable: 'overloaded_error',
  timeout: 'timeout_error',
};

const openaiTypes: Record<ErrorKind, string> = {
  bad_request: 'invalid_request_error',
  unauthorized: 'authentication_error',
  forbidden: 'permission_error',
  not_found: 'not_found_error',
  conflict: 'invalid_request_error',
  payload_too_large: 'invalid_request_error',
  unprocessable: 'invalid_request_error',
  rate_limited: 'rate_limit_error',
  internal: 'server_error',
  upstream: 'upstream_error',
  unavailable: 'service_unavailable',
  timeout: 'timeout',
};

/** google.rpc.Code names, as Gemini reports them. */
const geminiStatuses: Record<ErrorKind, string> = {
  bad_request: 'INVALID_ARGUMENT',
  unauthorized: 'UNAUTHENTICATED',
  forbidden: 'PERMISSION_DENIED',
  not_found: 'NOT_FOUND',
  conflict: 'ALREADY_EXISTS',
  payload_too_large: 'INVALID_ARGUMENT',
  unprocessable: 'FAILED_PRECONDITION',
  rate_limited: 'RESOURCE_EXHAUSTED',
  internal: 'INTERNAL',
  upstream: 'UNAVAILABLE',
  unavailable: 'UNAVAILABLE',
  timeout: 'DEADLINE_EXCEEDED',
};

export function withRequestId(message: string, requestId: string): string {
  return `${message} (request id: ${requestId})`;
}

/** The JSON body for `error`; `format` undefined means a gateway route (admin, health). */
export function renderErrorBody(format: WireFormat | undefined, error: ErrorView, requestId: string): unknown {
  const message = withRequestId(error.message, requestId);
  switch (format) {
    case 'anthropic':
      return { type: 'error', error: { type: anthropicTypes[error.kind], message } };
    case 'openai-chat':
    case 'openai-responses':
      return { error: { message, type: openaiTypes[error.kind], code: error.code ?? null, param: null } };
    case 'gemini':
    case 'gemini-cli':
      return { error: { code: error.status, message, status: geminiStatuses[error.kind] } };
    case undefined:
      return { error: { message, code: error.code ?? error.kind, ...detailsOf(error) } };
  }
}

function detailsOf(error: ErrorView): { details?: unknown } {
  return error.details === undefined ? {} : { details: error.details };
}
