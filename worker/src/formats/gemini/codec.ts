// The Gemini codec: every parse and render for this format behind the shared interface.
import type { Codec } from '../ir/codec.ts';
import { parseGeminiError } from './parse-error.ts';
import { parseGeminiRequest } from './parse-request.ts';
import { parseGeminiResponse } from './parse-response.ts';
import { createGeminiStreamParser } from './parse-stream.ts';
import { renderGeminiError } from './render-error.ts';
import { renderGeminiRequest } from './render-request.ts';
import { renderGeminiResponse } from './render-response.ts';
import { createGeminiStreamRenderer } from './render-stream.ts';

export const geminiCodec: Codec = {
  format: 'gemini',
  parseRequest: parseGeminiRequest,
  renderRequest: renderGeminiRequest,
  parseResponse: parseGeminiResponse,
  renderResponse: renderGeminiResponse,
  createStreamParser: () => createGeminiStreamParser(),
  createStreamRenderer: () => createGeminiStreamRenderer(),
  parseError: parseGeminiError,
  renderError: renderGeminiError,
};
