// The Anthropic Messages codec: every parse and render for this format behind the shared interface.
import type { Codec } from '../ir/codec.ts';
import { parseAnthropicError } from './parse-error.ts';
import { parseAnthropicRequest } from './parse-request.ts';
import { parseAnthropicResponse } from './parse-response.ts';
import { createAnthropicStreamParser } from './parse-stream.ts';
import { renderAnthropicError } from './render-error.ts';
import { renderAnthropicRequest } from './render-request.ts';
import { renderAnthropicResponse } from './render-response.ts';
import { createAnthropicStreamRenderer } from './render-stream.ts';

export const anthropicCodec: Codec = {
  format: 'anthropic',
  parseRequest: parseAnthropicRequest,
  renderRequest: renderAnthropicRequest,
  parseResponse: parseAnthropicResponse,
  renderResponse: renderAnthropicResponse,
  createStreamParser: createAnthropicStreamParser,
  createStreamRenderer: createAnthropicStreamRenderer,
  parseError: parseAnthropicError,
  renderError: renderAnthropicError,
};
