// Neutral error → Anthropic error body, with the error type Anthropic uses for each status
// (docs.anthropic.com, "Errors").
import type { IrError } from '../ir/error.ts';

const typeByStatus: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  422: 'invalid_request_error',
  429: 'rate_limit_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};

export const anthropicErrorType = (status: number): string =>
  typeByStatus[status] ?? (status === 503 ? 'overloaded_error' : status >= 500 ? 'api_error' : 'invalid_request_error');

export const renderAnthropicError = (error: IrError): Record<string, unknown> => ({
  type: 'error',
  error: { type: anthropicErrorType(error.status), message: error.message },
});
