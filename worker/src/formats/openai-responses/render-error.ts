// Neutral error → OpenAI Responses error body (the same shape as every OpenAI API), and the payloads
// of the `error` and `response.failed` events a Responses stream carries when it fails midway.
import type { IrError } from '../ir/error.ts';
import { openAiErrorFields, renderOpenAiError } from '../openai-chat/render-error.ts';

export const renderResponsesError = (error: IrError): Record<string, unknown> => renderOpenAiError(error);

export const renderResponsesStreamError = (error: IrError): Record<string, unknown> => {
  const { message, code } = openAiErrorFields(error);
  return { code, message, param: null };
};

/** The `error` object of a failed response: what Codex reads from response.failed. */
export const renderResponsesFailure = (error: IrError): Record<string, unknown> => {
  const { message, code } = openAiErrorFields(error);
  return { code, message };
};
