// Gemini parts → neutral content blocks. Thought signatures ride in extensions (or as the signature of
// a thought), function responses are matched to calls by id or, lacking ids, by name in call order.
import type { ContentBlock, TextBlock, ImageBlock } from '../ir/content.ts';
import { extensionsOf } from '../ir/extensions.ts';
import { argumentsText } from '../ir/json-arguments.ts';
import { synthesizeCallId } from './synthesize-call-id.ts';
import type { WirePart } from './wire.ts';

/** Calls seen so far whose response has not arrived, oldest first. */
export type PendingCalls = { id: string; name: string }[];

const toolResultContent = (response: unknown): { content: TextBlock[]; isError: boolean } => {
  const record = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  const keys = Object.keys(record);
  if (keys.length === 1 && typeof record.output === 'string') return { content: [{ type: 'text', text: record.output }], isError: false };
  if (keys.length === 1 && typeof record.error === 'string') return { content: [{ type: 'text', text: record.error }], isError: true };
  return { content: [{ type: 'text', text: JSON.stringify(response ?? {}) }], isError: false };
};

const isImage = (mimeType: string | undefined): boolean => mimeType === undefined || mimeType.startsWith('image/');

const parseMedia = (part: WirePart): ImageBlock | undefined => {
  if (part.inlineData !== undefined && isImage(part.inlineData.mimeType)) {
    return { type: 'image', source: { kind: 'base64', mediaType: part.inlineData.mimeType, data: part.inlineData.data } };
  }
  if (part.fileData !== undefined && isImage(part.fileData.mimeType)) {
    return { type: 'image', source: { kind: 'url', url: part.fileData.fileUri } };
  }
  return undefined;
};

export const parseGeminiPart = (part: WirePart, scope: string, position: number, pending: PendingCalls): ContentBlock => {
  const signature = part.thoughtSignature;
  if (part.functionCall !== undefined) {
    const call = part.functionCall;
    const args = argumentsText(call.args);
    const id = call.id ?? synthesizeCallId(scope, position, call.name, args);
    pending.push({ id, name: call.name });
    const extensions = extensionsOf('gemini', {
      ...(signature ? { thoughtSignature: signature } : {}),
      ...(call.id ? { id: call.id } : {}),
    });
    return { type: 'tool-call', id, name: call.name, arguments: args, ...(extensions ? { extensions } : {}) };
  }
  if (part.functionResponse !== undefined) {
    const response = part.functionResponse;
    const match = pending.findIndex((call) => (response.id !== undefined ? call.id === response.id : call.name === response.name));
    const id = response.id ?? pending[match]?.id ?? synthesizeCallId(scope, position, response.name, '');
    if (match !== -1) pending.splice(match, 1);
    const { content, isError } = toolResultContent(response.response);
    const extensions = { gemini: { response: response.response, name: response.name, ...(response.id ? { id: response.id } : {}) } };
    return { type: 'tool-result', toolCallId: id, content, ...(isError ? { isError } : {}), extensions };
  }
  if (part.text !== undefined && part.thought === true) {
    return { type: 'reasoning', text: part.text, ...(signature ? { signature: { format: 'gemini', value: signature } } : {}) };
  }
  if (part.text !== undefined) {
    const extensions = extensionsOf('gemini', signature ? { thoughtSignature: signature } : {});
    return { type: 'text', text: part.text, ...(extensions ? { extensions } : {}) };
  }
  return parseMedia(part) ?? { type: 'opaque', format: 'gemini', value: part };
};

export const parseGeminiParts = (parts: readonly WirePart[], scope: string, pending: PendingCalls): ContentBlock[] =>
  parts.map((part, position) => parseGeminiPart(part, scope, position, pending));
