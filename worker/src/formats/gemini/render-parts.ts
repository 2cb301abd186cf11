// Neutral content blocks → Gemini parts. Function responses need the function's name, which only the
// earlier call carries, so the caller passes a map from call id to name.
import type { ContentBlock, ImageSource } from '../ir/content.ts';
import { extensionsFor } from '../ir/extensions.ts';
import { argumentsObject } from '../ir/json-arguments.ts';

type Rendered = Record<string, unknown>;

const mimeByExtension: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', heic: 'image/heic',
};

// fileData requires a mimeType; a URL rarely states one except through its extension.
const guessMimeType = (url: string): string => {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return (extension === undefined ? undefined : mimeByExtension[extension]) ?? 'image/jpeg';
};

const renderImage = (source: ImageSource): Rendered =>
  source.kind === 'base64'
    ? { inlineData: { mimeType: source.mediaType, data: source.data } }
    : { fileData: { mimeType: guessMimeType(source.url), fileUri: source.url } };

const signatureOf = (extensions: Parameters<typeof extensionsFor>[0]): Rendered => {
  const signature = extensionsFor(extensions, 'gemini').thoughtSignature;
  return typeof signature === 'string' ? { thoughtSignature: signature } : {};
};

export const renderGeminiPart = (block: ContentBlock, callNames: ReadonlyMap<string, string>): Rendered | undefined => {
  switch (block.type) {
    case 'text':
      return { text: block.text, ...signatureOf(block.extensions) };
    case 'image':
      return renderImage(block.source);
    case 'tool-call': {
      const { id } = extensionsFor(block.extensions, 'gemini');
      const call = { name: block.name, args: argumentsObject(block.arguments), ...(typeof id === 'string' ? { id } : {}) };
      return { functionCall: call, ...signatureOf(block.extensions) };
    }
    case 'tool-result': {
      const kept = extensionsFor(block.extensions, 'gemini');
      const text = block.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
      const response = kept.response ?? (block.isError === true ? { error: text } : { output: text });
      const name = callNames.get(block.toolCallId) ?? (typeof kept.name === 'string' ? kept.name : block.toolCallId);
      return { functionResponse: { name, response, ...(typeof kept.id === 'string' ? { id: kept.id } : {}) } };
    }
    case 'reasoning':
      // Gemini validates only its own signatures; thoughts from other vendors are not replayed.
      if (block.signature?.format !== 'gemini') return undefined;
      return { text: block.text, thought: true, thoughtSignature: block.signature.value };
    case 'opaque':
      return block.format === 'gemini' ? (block.value as Rendered) : undefined;
  }
};

export const renderGeminiParts = (blocks: readonly ContentBlock[], callNames: ReadonlyMap<string, string>): Rendered[] =>
  blocks.flatMap((block): Rendered[] => {
    const part = renderGeminiPart(block, callNames);
    return part === undefined ? [] : [part];
  });
