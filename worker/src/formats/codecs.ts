// Looks up the codec of a wire format: the one place that lists them all.
import { anthropicCodec } from './anthropic/codec.ts';
import type { WireFormat } from './format.ts';
import { geminiCliCodec } from './gemini-cli/codec.ts';
import { geminiCodec } from './gemini/codec.ts';
import type { Codec } from './ir/codec.ts';
import { openAiChatCodec } from './openai-chat/codec.ts';
import { openAiResponsesCodec } from './openai-responses/codec.ts';

export const codecs: Record<WireFormat, Codec> = {
  anthropic: anthropicCodec,
  'openai-chat': openAiChatCodec,
  'openai-responses': openAiResponsesCodec,
  gemini: geminiCodec,
  'gemini-cli': geminiCliCodec,
};

export const codecFor = (format: WireFormat): Codec => codecs[format];
