// The OpenAI Chat Completions codec: every parse and render for this format behind the shared interface.
import type { Codec } from '../ir/codec.ts';
import { parseOpenAiError } from './parse-error.ts';
import { parseChatRequest } from './parse-request.ts';
import { parseChatResponse } from './parse-response.ts';
import { createChatStreamParser } from './parse-stream.ts';
import { renderOpenAiError } from './render-error.ts';
import { renderChatRequest } from './render-request.ts';
import { renderChatResponse } from './render-response.ts';
import { createChatStreamRenderer } from './render-stream.ts';

export const openAiChatCodec: Codec = {
  format: 'openai-chat',
  parseRequest: parseChatRequest,
  renderRequest: renderChatRequest,
  parseResponse: parseChatResponse,
  renderResponse: renderChatResponse,
  createStreamParser: createChatStreamParser,
  createStreamRenderer: createChatStreamRenderer,
  parseError: parseOpenAiError,
  renderError: renderOpenAiError,
};
