// OpenAI error body ({error:{message,type,code}}) → neutral error. Shared by both OpenAI formats.
import type { IrError } from '../ir/error.ts';
import { errorBody } from './wire.ts';

export const parseOpenAiError = (status: number, body: unknown): IrError => {
  const parsed = errorBody.safeParse(body);
  if (!parsed.success) return { status, message: typeof body === 'string' ? body : `Upstream error ${status}` };
  const { message, type, code } = parsed.data.error;
  return {
    status,
    message: message ?? `Upstream error ${status}`,
    ...(typeof type === 'string' ? { type } : {}),
    ...(code != null ? { code: String(code) } : {}),
  };
};

const statusByKind: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  rate_limit_error: 429,
  rate_limit_exceeded: 429,
  insufficient_quota: 429,
  server_error: 500,
  timeout_error: 504,
};

/** An error inside a stream has no HTTP status of its own; its type or code implies one. */
export const parseOpenAiStreamError = (body: unknown): IrError => {
  const parsed = errorBody.safeParse(body);
  const { type, code } = parsed.success ? parsed.data.error : { type: undefined, code: undefined };
  const status = statusByKind[String(type)] ?? statusByKind[String(code)] ?? 500;
  return parseOpenAiError(status, body);
};
