// OpenAI Responses error body → neutral error; also reads the stream's `error` and `response.failed` events.
import type { IrError } from '../ir/error.ts';
import { parseOpenAiError } from '../openai-chat/parse-error.ts';

type Data = Record<string, unknown>;

const statusByCode: Record<string, number> = {
  rate_limit_exceeded: 429,
  insufficient_quota: 429,
  invalid_prompt: 400,
  context_length_exceeded: 400,
  server_error: 500,
};

export const parseResponsesError = (status: number, body: unknown): IrError => parseOpenAiError(status, body);

export const parseResponsesStreamError = (error: Data): IrError => {
  const code = typeof error.code === 'string' ? error.code : undefined;
  return {
    status: (code === undefined ? undefined : statusByCode[code]) ?? 500,
    message: typeof error.message === 'string' ? error.message : 'Upstream stream failed',
    ...(code !== undefined ? { code } : {}),
  };
};
