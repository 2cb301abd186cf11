// OpenAI Chat Completions response → neutral response (first choice; the gateway never asks for n > 1).
import { usageFromResponse } from '../../usage/usage-from-wire.ts';
import type { ContentBlock } from '../ir/content.ts';
import { extensionsOf, unknownFields } from '../ir/extensions.ts';
import type { IrResponse } from '../ir/response.ts';
import { parseWire } from '../parse-wire.ts';
import { CodecError } from '../codec-error.ts';
import { finishReasonFromChat } from './map-finish-reason.ts';
import { chatReasoning } from './parse-request.ts';
import { response as responseSchema } from './wire.ts';

export const parseChatResponse = (body: unknown): IrResponse => {
  const wire = parseWire(responseSchema, body, 'OpenAI Chat Completions response');
  const choice = wire.choices[0];
  if (choice === undefined) throw new CodecError('OpenAI Chat Completions response has no choices');
  const { message } = choice;
  const text = message.content ?? message.refusal ?? '';
  const content: ContentBlock[] = [
    ...chatReasoning(message.reasoning_content),
    ...(text !== '' ? [{ type: 'text' as const, text }] : []),
    ...(message.tool_calls ?? []).map((call) => ({
      type: 'tool-call' as const,
      id: call.id,
      name: call.function.name,
      arguments: call.function.arguments ?? '',
    })),
  ];
  const usage = usageFromResponse('openai-chat', body);
  const extensions = extensionsOf('openai-chat', unknownFields(wire, ['id', 'object', 'created', 'model', 'choices', 'usage']));
  const finishReason = message.refusal != null && message.content == null ? 'refusal' : finishReasonFromChat(choice.finish_reason);
  return {
    id: wire.id,
    model: wire.model,
    content,
    finishReason,
    ...(wire.created !== undefined ? { created: wire.created } : {}),
    ...(usage !== undefined ? { usage } : {}),
    ...(extensions !== undefined ? { extensions } : {}),
  };
};
