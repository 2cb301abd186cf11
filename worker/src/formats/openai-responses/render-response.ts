// Neutral response → OpenAI Responses response.
import type { RenderContext } from '../ir/codec.ts';
import { extensionsFor } from '../ir/extensions.ts';
import { customToolNames } from './custom-tools.ts';
import type { IrResponse } from '../ir/response.ts';
import { responsesOutcome } from './map-finish-reason.ts';
import { renderOutputItem } from './render-output.ts';
import { renderResponsesUsage } from './render-usage.ts';

export const renderResponsesResponse = (response: IrResponse, context: RenderContext = {}): Record<string, unknown> => {
  const options = { responseId: response.id, customTools: customToolNames(context.request) };
  const output = response.content.flatMap((block, position) => renderOutputItem(block, position, options) ?? []);
  const outcome = responsesOutcome(response.finishReason);
  return {
    id: response.id,
    object: 'response',
    created_at: response.created ?? 0,
    status: outcome.status,
    model: response.model,
    output,
    incomplete_details: outcome.incompleteReason !== undefined ? { reason: outcome.incompleteReason } : null,
    ...(response.usage !== undefined ? { usage: renderResponsesUsage(response.usage) } : {}),
    ...extensionsFor(response.extensions, 'openai-responses'),
  };
};
