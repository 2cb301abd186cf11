// Neutral messages → OpenAI Responses input items. Consecutive text and images share one message item;
// tool calls, tool results and reasoning are items of their own.
import type { ContentBlock, ImageBlock, ReasoningBlock, TextBlock } from '../ir/content.ts';
import { urlFromImageSource } from '../ir/data-url.ts';
import { extensionsFor } from '../ir/extensions.ts';
import type { Message } from '../ir/request.ts';
import { customInputOf } from './custom-tools.ts';

type Rendered = Record<string, unknown>;

const renderPart = (block: TextBlock | ImageBlock, role: string): Rendered => {
  const kept = extensionsFor(block.extensions, 'openai-responses');
  if (block.type === 'text') return { type: role === 'assistant' ? 'output_text' : 'input_text', text: block.text, ...kept };
  return { type: 'input_image', image_url: urlFromImageSource(block.source), detail: 'auto', ...kept };
};

/** Reasoning goes back verbatim when it came from Responses; reasoning from elsewhere cannot be replayed. */
export const renderReasoningItem = (block: ReasoningBlock): Rendered | undefined => {
  const original = extensionsFor(block.extensions, 'openai-responses').item;
  if (typeof original === 'object' && original !== null) return original as Rendered;
  if (block.signature?.format !== 'openai-responses') return undefined;
  const summary = block.text === '' ? [] : [{ type: 'summary_text', text: block.text }];
  return { type: 'reasoning', summary, encrypted_content: block.signature.value };
};

const opaqueValue = (value: unknown, key: 'part' | 'item'): Rendered | undefined => {
  const inner = (value as Rendered | null)?.[key];
  return typeof inner === 'object' && inner !== null ? (inner as Rendered) : undefined;
};

const renderBlock = (block: ContentBlock): Rendered | undefined => {
  switch (block.type) {
    case 'tool-call': {
      const { custom, ...kept } = extensionsFor(block.extensions, 'openai-responses');
      if (custom === true) return { type: 'custom_tool_call', call_id: block.id, name: block.name, input: customInputOf(block.arguments), ...kept };
      return { type: 'function_call', call_id: block.id, name: block.name, arguments: block.arguments, ...kept };
    }
    case 'tool-result': {
      const { custom, ...kept } = extensionsFor(block.extensions, 'openai-responses');
      const onlyText = block.content.every((part) => part.type === 'text');
      const output = onlyText
        ? block.content.map((part) => (part as TextBlock).text).join('')
        : block.content.map((part) => renderPart(part, 'user'));
      const type = custom === true ? 'custom_tool_call_output' : 'function_call_output';
      return { type, call_id: block.toolCallId, output, ...kept };
    }
    case 'reasoning':
      return renderReasoningItem(block);
    case 'opaque':
      return block.format === 'openai-responses' ? opaqueValue(block.value, 'item') : undefined;
    default:
      return undefined;
  }
};

export const renderMessageItems = (message: Message): Rendered[] => {
  const extra = extensionsFor(message.extensions, 'openai-responses');
  const role = message.role === 'system' ? 'developer' : message.role;
  const items: Rendered[] = [];
  let parts: Rendered[] = [];
  const flush = (): void => {
    if (parts.length > 0) items.push({ type: 'message', role, content: parts, ...extra });
    parts = [];
  };
  for (const block of message.content) {
    if (block.type === 'text' || block.type === 'image') {
      parts.push(renderPart(block, message.role));
      continue;
    }
    const part = block.type === 'opaque' && block.format === 'openai-responses' ? opaqueValue(block.value, 'part') : undefined;
    if (part !== undefined) {
      parts.push(part);
      continue;
    }
    const rendered = renderBlock(block);
    if (rendered === undefined) continue;
    flush();
    items.push(rendered);
  }
  flush();
  return items;
};
