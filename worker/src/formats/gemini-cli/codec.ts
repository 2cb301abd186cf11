// The Gemini CLI code-assist codec: the Gemini codec behind the {model, project, request} envelope.
import { parseGeminiError } from '../gemini/parse-error.ts';
import type { Codec } from '../ir/codec.ts';
import { parseGeminiCliRequest } from './parse-request.ts';
import { parseGeminiCliResponse } from './parse-response.ts';
import { createGeminiCliStreamParser } from './parse-stream.ts';
import { renderGeminiCliError } from './render-error.ts';
import { renderGeminiCliRequest } from './render-request.ts';
import { renderGeminiCliResponse } from './render-response.ts';
import { createGeminiCliStreamRenderer } from './render-stream.ts';

export const geminiCliCodec: Codec = {
  format: 'gemini-cli',
  parseRequest: parseGeminiCliRequest,
  renderRequest: renderGeminiCliRequest,
  parseResponse: parseGeminiCliResponse,
  renderResponse: renderGeminiCliResponse,
  createStreamParser: createGeminiCliStreamParser,
  createStreamRenderer: createGeminiCliStreamRenderer,
  parseError: parseGeminiError,
  renderError: renderGeminiCliError,
};
