// Neutral content blocks → Anthropic content blocks. Reasoning from another vendor is dropped: Anthropic
// only accepts thinking blocks carrying its own signature.
import type { ContentBlock, ImageBlock, TextBlock } from '../ir/content.ts';
import { extensionsFor } from '../ir/extensions.ts';
import { argumentsObject } from '../ir/json-arguments.ts';

type Rendered = Record<string, unknown>;

const renderImage = (block: ImageBlock): Rendered => ({
  type: 'image',
  source:
    block.source.kind === 'base64'
      ? { type: 'base64', media_type: block.source.mediaType, data: block.source.data }
      : { type: 'url', url: block.source.url },
  ...extensionsFor(block.extensions, 'anthropic'),
});

const renderText = (block: TextBlock): Rendered => ({
  type: 'text',
  text: block.text,
  ...extensionsFor(block.extensions, 'anthropic'),
});

// A single plain text result is sent as a string, the form Anthropic's own examples and most clients use.
const renderToolResultContent = (content: readonly (TextBlock | ImageBlock)[]): string | Rendered[] => {
  const [only] = content;
  if (content.length === 1 && only?.type === 'text' && only.extensions === undefined) return only.text;
  return content.map((part) => (part.type === 'text' ? renderText(part) : renderImage(part)));
};

export const renderAnthropicBlock = (block: ContentBlock): Rendered | undefined => {
  switch (block.type) {
    case 'text':
      return renderText(block);
    case 'image':
      return renderImage(block);
    case 'tool-call':
      return {
        type: 'tool_use',
        id: block.id,
        name: block.name,
        input: argumentsObject(block.arguments),
        ...extensionsFor(block.extensions, 'anthropic'),
      };
    case 'tool-result':
      return {
        type: 'tool_result',
        tool_use_id: block.toolCallId,
        content: renderToolResultContent(block.content),
        ...(block.isError === true ? { is_error: true } : {}),
        ...extensionsFor(block.extensions, 'anthropic'),
      };
    case 'reasoning':
      if (block.redacted?.format === 'anthropic') return { type: 'redacted_thinking', data: block.redacted.value };
      if (block.signature?.format === 'anthropic') {
        return { type: 'thinking', thinking: block.text, signature: block.signature.value };
      }
      return undefined;
    case 'opaque':
      return block.format === 'anthropic' ? (block.value as Rendered) : undefined;
  }
};

export const renderAnthropicContent = (blocks: readonly ContentBlock[]): Rendered[] =>
  blocks.flatMap((block): Rendered[] => {
    const rendered = renderAnthropicBlock(block);
    return rendered === undefined ? [] : [rendered];
  });
