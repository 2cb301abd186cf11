// OpenAI's error body, shared by Chat Completions, Responses and the model list (platform.openai.com/docs/guides/error-codes).
import { errorMessageOf } from './generation-format.ts';
import type { MockError } from './generation-format.ts';

const ERROR_KINDS: Record<number, { type: string; code: string | null }> = {
  400: { type: 'invalid_request_error', code: null },
  401: { type: 'invalid_request_error', code: 'invalid_api_key' },
  403: { type: 'invalid_request_error', code: 'unsupported_country_region_territory' },
  404: { type: 'invalid_request_error', code: 'model_not_found' },
  429: { type: 'requests', code: 'rate_limit_exceeded' },
  500: { type: 'server_error', code: null },
  503: { type: 'server_error', code: 'service_unavailable' },
};

export function openaiErrorObject(error: MockError): { message: string; type: string; param: null; code: string | null } {
  const kind = ERROR_KINDS[error.status] ?? { type: error.status >= 500 ? 'server_error' : 'invalid_request_error', code: null };
  return { message: errorMessageOf(error), type: error.type ?? kind.type, param: null, code: kind.code };
}

export function openaiErrorBody(error: MockError): unknown {
  return { error: openaiErrorObject(error) };
}
