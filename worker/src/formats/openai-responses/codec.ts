// The OpenAI Responses codec: every parse and render for this format behind the shared interface.
import type { Codec } from '../ir/codec.ts';
import { parseResponsesError } from './parse-error.ts';
import { parseResponsesRequest } from './parse-request.ts';
import { parseResponsesResponse } from './parse-response.ts';
import { createResponsesStreamParser } from './parse-stream.ts';
import { renderResponsesError } from './render-error.ts';
import { renderResponsesRequest } from './render-request.ts';
import { renderResponsesResponse } from './render-response.ts';
import { createResponsesStreamRenderer } from './render-stream.ts';

export const openAiResponsesCodec: Codec = {
  format: 'openai-responses',
  parseRequest: parseResponsesRequest,
  renderRequest: renderResponsesRequest,
  parseResponse: parseResponsesResponse,
  renderResponse: renderResponsesResponse,
  createStreamParser: createResponsesStreamParser,
  createStreamRenderer: createResponsesStreamRenderer,
  parseError: parseResponsesError,
  renderError: renderResponsesError,
};
