// Anthropic content blocks → neutral content blocks. Fields such as cache_control ride in extensions.
import type { ContentBlock, ImageBlock, TextBlock } from '../ir/content.ts';
import { extensionsOf, unknownFields } from '../ir/extensions.ts';
import { argumentsText } from '../ir/json-arguments.ts';
import type { WireContentBlock } from './wire.ts';

const withExtensions = <B extends ContentBlock>(block: B, raw: object, known: readonly string[]): B => {
  const extensions = extensionsOf('anthropic', unknownFields(raw, known));
  return extensions === undefined ? block : { ...block, extensions };
};

const parseResultPart = (part: { type: string } & Record<string, unknown>): TextBlock | ImageBlock | undefined => {
  const block = parseAnthropicBlock(part as WireContentBlock);
  return block?.type === 'text' || block?.type === 'image' ? block : undefined;
};

export const parseAnthropicBlock = (raw: WireContentBlock): ContentBlock | undefined => {
  const block = raw as WireContentBlock & Record<string, unknown>;
  switch (block.type) {
    case 'text':
      return withExtensions({ type: 'text', text: String(block.text) }, block, ['type', 'text']);
    case 'image': {
      const source = (block.source ?? {}) as { type?: string; media_type?: string; data?: string; url?: string };
      // Files API references (source.type "file") mean nothing to another vendor.
      if (source.type !== 'base64' && source.type !== 'url') return { type: 'opaque', format: 'anthropic', value: raw };
      const image: ImageBlock =
        source.type === 'base64'
          ? { type: 'image', source: { kind: 'base64', mediaType: source.media_type ?? '', data: source.data ?? '' } }
          : { type: 'image', source: { kind: 'url', url: source.url ?? '' } };
      return withExtensions(image, block, ['type', 'source']);
    }
    case 'tool_use':
      return withExtensions(
        { type: 'tool-call', id: String(block.id), name: String(block.name), arguments: argumentsText(block.input) },
        block,
        ['type', 'id', 'name', 'input'],
      );
    case 'tool_result': {
      const content = block.content as string | ({ type: string } & Record<string, unknown>)[] | undefined;
      const parts =
        typeof content === 'string'
          ? [{ type: 'text' as const, text: content }]
          : (content ?? []).flatMap((part) => parseResultPart(part) ?? []);
      const result = { type: 'tool-result' as const, toolCallId: String(block.tool_use_id), content: parts };
      const withError = block.is_error === true ? { ...result, isError: true } : result;
      // Parts other than text and images (documents, search results) have no neutral form: the raw
      // content is kept so Anthropic gets it back whole.
      const lossy = Array.isArray(content) && parts.length !== content.length;
      return withExtensions(withError, block, ['type', 'tool_use_id', 'is_error', ...(lossy ? [] : ['content'])]);
    }
    case 'thinking':
      return {
        type: 'reasoning',
        text: String(block.thinking),
        ...(typeof block.signature === 'string' ? { signature: { format: 'anthropic', value: block.signature } } : {}),
      };
    case 'redacted_thinking':
      return { type: 'reasoning', text: '', redacted: { format: 'anthropic', value: String(block.data) } };
    default:
      return { type: 'opaque', format: 'anthropic', value: raw };
  }
};

export const parseAnthropicContent = (content: string | WireContentBlock[]): ContentBlock[] =>
  typeof content === 'string'
    ? [{ type: 'text', text: content }]
    : content.flatMap((block) => parseAnthropicBlock(block) ?? []);
