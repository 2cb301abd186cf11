// Neutral error → OpenAI error body, with the type and code OpenAI uses for each status
// (platform.openai.com, "Error codes"). Shared by both OpenAI formats.
import type { IrError } from '../ir/error.ts';

const byStatus: Record<number, { type: string; code: string }> = {
  400: { type: 'invalid_request_error', code: 'invalid_request' },
  401: { type: 'authentication_error', code: 'invalid_api_key' },
  403: { type: 'permission_error', code: 'permission_denied' },
  404: { type: 'invalid_request_error', code: 'not_found' },
  413: { type: 'invalid_request_error', code: 'request_too_large' },
  422: { type: 'invalid_request_error', code: 'unprocessable_entity' },
  429: { type: 'rate_limit_error', code: 'rate_limit_exceeded' },
  504: { type: 'timeout_error', code: 'timeout' },
};

export const openAiErrorFields = (error: IrError): { message: string; type: string; code: string } => {
  const known = byStatus[error.status] ?? (error.status >= 500 ? { type: 'server_error', code: 'server_error' } : byStatus[400]);
  return { message: error.message, type: known?.type ?? 'invalid_request_error', code: error.code ?? known?.code ?? 'error' };
};

export const renderOpenAiError = (error: IrError): Record<string, unknown> => ({
  error: { ...openAiErrorFields(error), param: null },
});
