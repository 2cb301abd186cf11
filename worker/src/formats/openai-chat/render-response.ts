// Neutral response → OpenAI Chat Completions response.
import { textOf } from '../ir/content.ts';
import { extensionsFor } from '../ir/extensions.ts';
import type { IrResponse } from '../ir/response.ts';
import { chatFinishReason } from './map-finish-reason.ts';
import { renderChatUsage } from './render-usage.ts';

export const renderChatResponse = (response: IrResponse): Record<string, unknown> => {
  const calls = response.content.flatMap((b) => (b.type === 'tool-call' ? [b] : []));
  const reasoning = response.content.flatMap((b) => (b.type === 'reasoning' ? [b.text] : [])).join('');
  const text = textOf(response.content);
  const message = {
    role: 'assistant',
    content: text === '' && calls.length > 0 ? null : text,
    ...(reasoning !== '' ? { reasoning_content: reasoning } : {}),
    ...(calls.length > 0
      ? { tool_calls: calls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })) }
      : {}),
  };
  return {
    id: response.id,
    object: 'chat.completion',
    created: response.created ?? 0,
    model: response.model,
    choices: [{ index: 0, message, finish_reason: chatFinishReason(response.finishReason), logprobs: null }],
    ...(response.usage !== undefined ? { usage: renderChatUsage(response.usage) } : {}),
    ...extensionsFor(response.extensions, 'openai-chat'),
  };
};
