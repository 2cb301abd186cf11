// Gemini GenerateContentResponse → neutral response (first candidate).
import { usageFromResponse } from '../../usage/usage-from-wire.ts';
import { extensionsOf, unknownFields } from '../ir/extensions.ts';
import type { FinishReason } from '../ir/finish-reason.ts';
import type { IrResponse } from '../ir/response.ts';
import { parseWire } from '../parse-wire.ts';
import { finishReasonFromGemini } from './map-finish-reason.ts';
import { parseGeminiParts } from './parse-parts.ts';
import { response as responseSchema } from './wire.ts';

export const parseGeminiResponse = (body: unknown): IrResponse => {
  const wire = parseWire(responseSchema, body, 'Gemini GenerateContentResponse');
  const candidate = wire.candidates?.[0];
  const id = wire.responseId ?? '';
  const content = parseGeminiParts(candidate?.content?.parts ?? [], id, []);
  const hasToolCalls = content.some((block) => block.type === 'tool-call');
  // A prompt blocked before generation has no candidate, only promptFeedback.blockReason.
  const finishReason: FinishReason =
    candidate === undefined && wire.promptFeedback?.blockReason !== undefined
      ? 'content-filter'
      : finishReasonFromGemini(candidate?.finishReason, hasToolCalls);
  const usage = usageFromResponse('gemini', body);
  const extensions = extensionsOf('gemini', unknownFields(wire, ['candidates', 'usageMetadata', 'modelVersion', 'responseId']));
  return {
    id,
    model: wire.modelVersion ?? '',
    content,
    finishReason,
    ...(usage !== undefined ? { usage } : {}),
    ...(extensions !== undefined ? { extensions } : {}),
  };
};
