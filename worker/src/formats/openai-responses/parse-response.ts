// OpenAI Responses response → neutral response.
import { usageFromResponse } from '../../usage/usage-from-wire.ts';
import { extensionsOf, unknownFields } from '../ir/extensions.ts';
import type { IrResponse } from '../ir/response.ts';
import { parseWire } from '../parse-wire.ts';
import { finishReasonFromResponses } from './map-finish-reason.ts';
import { parseItem } from './parse-items.ts';
import { response as responseSchema } from './wire.ts';

export const parseResponsesResponse = (body: unknown): IrResponse => {
  const wire = parseWire(responseSchema, body, 'OpenAI Responses response');
  const content = wire.output.flatMap((item) => parseItem(item).content);
  const hasToolCalls = content.some((block) => block.type === 'tool-call');
  const reason = wire.incomplete_details?.reason;
  const outcome = { status: wire.status ?? 'completed', ...(reason !== undefined ? { incompleteReason: reason } : {}) };
  const usage = usageFromResponse('openai-responses', body);
  const extensions = extensionsOf(
    'openai-responses',
    unknownFields(wire, ['id', 'object', 'model', 'created_at', 'status', 'output', 'incomplete_details', 'usage', 'output_text']),
  );
  return {
    id: wire.id,
    model: wire.model,
    content,
    finishReason: finishReasonFromResponses(outcome, hasToolCalls),
    ...(wire.created_at !== undefined ? { created: wire.created_at } : {}),
    ...(usage !== undefined ? { usage } : {}),
    ...(extensions !== undefined ? { extensions } : {}),
  };
};
