// Anthropic error body ({type:"error",error:{type,message}}) → neutral error.
import type { IrError } from '../ir/error.ts';
import { errorBody } from './wire.ts';

export const parseAnthropicError = (status: number, body: unknown): IrError => {
  const parsed = errorBody.safeParse(body);
  if (!parsed.success) return { status, message: typeof body === 'string' ? body : `Upstream error ${status}` };
  const { type, message } = parsed.data.error;
  return { status, message: message ?? `Upstream error ${status}`, ...(type !== undefined ? { type } : {}) };
};

const statusByType: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 529,
};

/** A mid-stream `error` event carries no HTTP status; the error type implies one. */
export const parseAnthropicStreamError = (data: unknown): IrError => {
  const parsed = errorBody.safeParse(data);
  const type = parsed.success ? parsed.data.error.type : undefined;
  return parseAnthropicError((type === undefined ? undefined : statusByType[type]) ?? 500, data);
};
