// OpenAI Responses items (request input, response output) → neutral messages, one message per item.
// Reasoning items are kept whole in extensions: Responses providers need them back unchanged. Opaque
// blocks wrap either a content part ({part}) or a whole item ({item}) so they go back where they were.
import type { ContentBlock, ImageBlock, TextBlock, ToolResultBlock } from '../ir/content.ts';
import { imageSourceFromUrl } from '../ir/data-url.ts';
import { extensionsOf, unknownFields } from '../ir/extensions.ts';
import type { Message } from '../ir/request.ts';
import { customInputArguments } from './custom-tools.ts';
import type { WireItem } from './wire.ts';

type Raw = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const withExtensions = <B extends ContentBlock>(block: B, raw: Raw, known: readonly string[]): B => {
  const extensions = extensionsOf('openai-responses', unknownFields(raw, known));
  return extensions === undefined ? block : { ...block, extensions };
};

const parsePart = (part: Raw): ContentBlock => {
  switch (part.type) {
    case 'input_text':
    case 'output_text':
      return withExtensions({ type: 'text', text: text(part.text) }, part, ['type', 'text']);
    case 'refusal':
      return { type: 'text', text: text(part.refusal) };
    case 'input_image':
      if (typeof part.image_url !== 'string') break;
      return withExtensions({ type: 'image', source: imageSourceFromUrl(part.image_url) }, part, ['type', 'image_url']);
  }
  return { type: 'opaque', format: 'openai-responses', value: { part } };
};

export const parseOutputContent = (content: unknown): ContentBlock[] => {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return Array.isArray(content) ? content.map((part: unknown) => parsePart((part ?? {}) as Raw)) : [];
};

const parseMessageItem = (item: Raw): Message => {
  const role = text(item.role);
  const extensions = extensionsOf('openai-responses', {
    ...unknownFields(item, ['type', 'role', 'content']),
    ...(role === 'system' || role === 'developer' ? { role } : {}),
  });
  const content = parseOutputContent(item.content);
  const neutralRole = role === 'assistant' ? 'assistant' : role === 'user' ? 'user' : 'system';
  return { role: neutralRole, content, ...(extensions !== undefined ? { extensions } : {}) };
};

const parseReasoning = (item: Raw): ContentBlock => {
  const summary = Array.isArray(item.summary) ? item.summary.map((part: unknown) => text((part as Raw | null)?.text)) : [];
  const encrypted = item.encrypted_content;
  return {
    type: 'reasoning',
    text: summary.join('\n\n'),
    ...(typeof encrypted === 'string' ? { signature: { format: 'openai-responses', value: encrypted } } : {}),
    extensions: { 'openai-responses': { item } },
  };
};

/** `custom` marks the output of a custom tool call, so it goes back as custom_tool_call_output. */
const parseToolOutput = (item: Raw, custom: boolean): ToolResultBlock => {
  const content = parseOutputContent(item.output).filter((b): b is TextBlock | ImageBlock => b.type === 'text' || b.type === 'image');
  const kept = { ...unknownFields(item, ['type', 'call_id', 'output']), ...(custom ? { custom } : {}) };
  const extensions = extensionsOf('openai-responses', kept);
  return { type: 'tool-result', toolCallId: text(item.call_id), content, ...(extensions ? { extensions } : {}) };
};

const parseCustomCall = (item: Raw): ContentBlock => ({
  type: 'tool-call',
  id: text(item.call_id),
  name: text(item.name),
  arguments: customInputArguments(text(item.input)),
  extensions: { 'openai-responses': { ...unknownFields(item, ['type', 'call_id', 'name', 'input']), custom: true } },
});

export const parseItem = (wire: WireItem): Message => {
  const item = wire as Raw;
  switch (item.type ?? 'message') {
    case 'message':
      return parseMessageItem(item);
    case 'function_call': {
      const call = { type: 'tool-call' as const, id: text(item.call_id), name: text(item.name), arguments: text(item.arguments) };
      return { role: 'assistant', content: [withExtensions(call, item, ['type', 'call_id', 'name', 'arguments'])] };
    }
    case 'function_call_output':
      return { role: 'user', content: [parseToolOutput(item, false)] };
    case 'custom_tool_call':
      return { role: 'assistant', content: [parseCustomCall(item)] };
    case 'custom_tool_call_output':
      return { role: 'user', content: [parseToolOutput(item, true)] };
    case 'reasoning':
      return { role: 'assistant', content: [parseReasoning(item)] };
    default:
      return {
        role: text(item.type).endsWith('_output') ? 'user' : 'assistant',
        content: [{ type: 'opaque', format: 'openai-responses', value: { item } }],
      };
  }
};
