// Neutral response → Anthropic Messages response.
import { extensionsFor } from '../ir/extensions.ts';
import type { IrResponse } from '../ir/response.ts';
import { emptyUsage } from '../ir/usage.ts';
import { anthropicStopReason } from './map-finish-reason.ts';
import { renderAnthropicContent } from './render-content.ts';
import { renderAnthropicUsage } from './render-usage.ts';

export const renderAnthropicResponse = (response: IrResponse): Record<string, unknown> => ({
  id: response.id,
  type: 'message',
  role: 'assistant',
  model: response.model,
  content: renderAnthropicContent(response.content),
  stop_reason: anthropicStopReason(response.finishReason),
  stop_sequence: response.stopSequence ?? null,
  usage: renderAnthropicUsage(response.usage ?? emptyUsage()),
  ...extensionsFor(response.extensions, 'anthropic'),
});
