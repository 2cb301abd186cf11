// Neutral response → Gemini CLI code-assist response ({response, traceId}).
import { extensionsFor } from '../ir/extensions.ts';
import type { IrResponse } from '../ir/response.ts';
import { renderGeminiResponse } from '../gemini/render-response.ts';

export const wrapResponse = (response: Record<string, unknown>, traceId: unknown): Record<string, unknown> => ({
  response,
  ...(typeof traceId === 'string' ? { traceId } : {}),
});

export const renderGeminiCliResponse = (response: IrResponse): Record<string, unknown> =>
  wrapResponse(renderGeminiResponse(response), extensionsFor(response.extensions, 'gemini-cli').traceId);
