// Neutral response → Gemini GenerateContentResponse.
import type { ContentBlock } from '../ir/content.ts';
import { extensionsFor } from '../ir/extensions.ts';
import type { IrResponse } from '../ir/response.ts';
import { geminiFinishReason } from './map-finish-reason.ts';
import { renderGeminiParts } from './render-parts.ts';
import { renderGeminiUsage } from './render-usage.ts';

// Calls carry their id so that a Gemini client echoes it in its function response and the id stays
// stable across the conversion back.
const withCallIds = (blocks: readonly ContentBlock[]): ContentBlock[] =>
  blocks.map((block) => {
    if (block.type !== 'tool-call') return block;
    return { ...block, extensions: { ...block.extensions, gemini: { ...block.extensions?.gemini, id: block.id } } };
  });

export const renderGeminiResponse = (response: IrResponse): Record<string, unknown> => ({
  candidates: [
    {
      content: { role: 'model', parts: renderGeminiParts(withCallIds(response.content), new Map()) },
      finishReason: geminiFinishReason(response.finishReason),
      index: 0,
    },
  ],
  ...(response.usage !== undefined ? { usageMetadata: renderGeminiUsage(response.usage) } : {}),
  modelVersion: response.model,
  responseId: response.id,
  ...extensionsFor(response.extensions, 'gemini'),
});
