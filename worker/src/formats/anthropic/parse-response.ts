// Anthropic Messages response → neutral response.
import { usageFromResponse } from '../../usage/usage-from-wire.ts';
import { extensionsOf, unknownFields } from '../ir/extensions.ts';
import type { IrResponse } from '../ir/response.ts';
import { parseWire } from '../parse-wire.ts';
import { finishReasonFromAnthropic } from './map-finish-reason.ts';
import { parseAnthropicContent } from './parse-content.ts';
import { response as responseSchema } from './wire.ts';

export const parseAnthropicResponse = (body: unknown): IrResponse => {
  const wire = parseWire(responseSchema, body, 'Anthropic Messages response');
  const usage = usageFromResponse('anthropic', body);
  const extensions = extensionsOf(
    'anthropic',
    unknownFields(wire, ['id', 'type', 'role', 'model', 'content', 'stop_reason', 'stop_sequence', 'usage']),
  );
  return {
    id: wire.id,
    model: wire.model,
    content: parseAnthropicContent(wire.content),
    finishReason: finishReasonFromAnthropic(wire.stop_reason),
    ...(typeof wire.stop_sequence === 'string' ? { stopSequence: wire.stop_sequence } : {}),
    ...(usage !== undefined ? { usage } : {}),
    ...(extensions !== undefined ? { extensions } : {}),
  };
};
