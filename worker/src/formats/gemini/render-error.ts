// Neutral error → Gemini error body, with the google.rpc status name for each HTTP status
// (ai.google.dev, "Troubleshooting"). Also used for gemini-cli.
import type { IrError } from '../ir/error.ts';

const statusNames: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  413: 'INVALID_ARGUMENT',
  422: 'INVALID_ARGUMENT',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

export const geminiStatusName = (status: number): string =>
  statusNames[status] ?? (status >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT');

export const renderGeminiError = (error: IrError): Record<string, unknown> => ({
  error: { code: error.status, message: error.message, status: geminiStatusName(error.status) },
});
