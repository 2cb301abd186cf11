// Google API error body used by Gemini and code assist (cloud.google.com/apis/design/errors).
import { errorMessageOf } from './generation-format.ts';
import type { MockError } from './generation-format.ts';

const STATUSES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'NOT_IMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

export function googleErrorBody(error: MockError): { error: { code: number; message: string; status: string } } {
  const status = error.type ?? STATUSES[error.status] ?? (error.status >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION');
  return { error: { code: error.status, message: errorMessageOf(error), status } };
}
