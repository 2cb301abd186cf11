// Neutral request → Gemini CLI code-assist request: the Gemini body wrapped with model and project.
import { extensionsFor } from '../ir/extensions.ts';
import type { IrRequest } from '../ir/request.ts';
import { renderGeminiRequest } from '../gemini/render-request.ts';

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** The provider's project id is not known here; the pipeline sets `project` for code-assist providers. */
export const renderGeminiCliRequest = (request: IrRequest): Record<string, unknown> => {
  const kept = extensionsFor(request.extensions, 'gemini-cli');
  return {
    ...record(kept.envelope),
    model: request.model,
    request: { ...renderGeminiRequest(request), ...record(kept.request) },
  };
};
