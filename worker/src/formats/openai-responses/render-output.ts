// Neutral content → OpenAI Responses output items with ids derived from the response id, so that the
// same response always renders the same items (no clock or randomness in a pure converter).
import type { ContentBlock } from '../ir/content.ts';
import { extensionsFor } from '../ir/extensions.ts';
import { customInputOf } from './custom-tools.ts';
import { renderReasoningItem } from './render-items.ts';

type Rendered = Record<string, unknown>;

export const itemId = (prefix: string, responseId: string, position: number): string =>
  `${prefix}_${responseId.replace(/[^A-Za-z0-9]/g, '')}_${position}`;

export const messageItem = (id: string, text: string): Rendered => ({
  id,
  type: 'message',
  status: 'completed',
  role: 'assistant',
  content: [{ type: 'output_text', text, annotations: [] }],
});

export const functionCallItem = (id: string, call: { id: string; name: string; arguments: string }): Rendered => ({
  id,
  type: 'function_call',
  status: 'completed',
  call_id: call.id,
  name: call.name,
  arguments: call.arguments,
});

export const customCallItem = (id: string, call: { id: string; name: string; arguments: string }): Rendered => ({
  id,
  type: 'custom_tool_call',
  status: 'completed',
  call_id: call.id,
  name: call.name,
  input: customInputOf(call.arguments),
});

/** `customTools` names the client's custom tools, whose calls become custom_tool_call items. */
export const renderOutputItem = (
  block: ContentBlock,
  position: number,
  output: { responseId: string; customTools: ReadonlySet<string> },
): Rendered | undefined => {
  const { responseId } = output;
  switch (block.type) {
    case 'text':
      return messageItem(itemId('msg', responseId, position), block.text);
    case 'tool-call': {
      const { id } = extensionsFor(block.extensions, 'openai-responses');
      const itemIdOf = typeof id === 'string' ? id : itemId(output.customTools.has(block.name) ? 'ctc' : 'fc', responseId, position);
      return output.customTools.has(block.name) ? customCallItem(itemIdOf, block) : functionCallItem(itemIdOf, block);
    }
    case 'reasoning': {
      const item = renderReasoningItem(block);
      if (item !== undefined) return item;
      const summary = block.text === '' ? [] : [{ type: 'summary_text', text: block.text }];
      return { id: itemId('rs', responseId, position), type: 'reasoning', summary };
    }
    case 'opaque': {
      const item = block.format === 'openai-responses' ? (block.value as Rendered | null)?.item : undefined;
      return typeof item === 'object' && item !== null ? (item as Rendered) : undefined;
    }
    default:
      return undefined;
  }
};
