import { describe, expect, it } from 'vitest';
import { clientFormatOf } from './client-format.ts';
import { renderErrorBody } from './render-error.ts';

const error = { kind: 'unauthorized' as const, status: 401, message: 'Invalid API key', code: 'invalid_api_key' };

describe('renderErrorBody', () => {
  it('speaks each client format and ends the message with the request id', () => {
    expect(renderErrorBody('anthropic', error, 'req_1')).toEqual({
      type: 'error',
      error: { type: 'authentication_error', message: 'Invalid API key (request id: req_1)' },
    });
    expect(renderErrorBody('openai-chat', error, 'req_1')).toEqual({
      error: { message: 'Invalid API key (request id: req_1)', type: 'authentication_error', code: 'invalid_api_key', param: null },
    });
    expect(renderErrorBody('gemini-cli', error, 'req_1')).toEqual({
      error: { code: 401, message: 'Invalid API key (request id: req_1)', status: 'UNAUTHENTICATED' },
    });
    expect(renderErrorBody(undefined, error, 'req_1')).toEqual({
      error: { message: 'Invalid API key (request id: req_1)', code: 'invalid_api_key' },
    });
  });
});

describe('clientFormatOf', () => {
  it('decides the format from the path, and model lists from the headers', () => {
    expect(clientFormatOf('/v1/messages')).toBe('anthropic');
    expect(clientFormatOf('/v1/messages/count_tokens')).toBe('anthropic');
    expect(clientFormatOf('/v1/chat/completions')).toBe('openai-chat');
    expect(clientFormatOf('/v1/responses')).toBe('openai-responses');
    expect(clientFormatOf('/v1beta/models/gemini-2.5-pro:streamGenerateContent')).toBe('gemini');
    expect(clientFormatOf('/v1/models/gemini-2.5-pro:generateContent')).toBe('gemini');
    expect(clientFormatOf('/v1internal:streamGenerateContent')).toBe('gemini-cli');
    expect(clientFormatOf('/v1/models', new Headers({ 'anthropic-version': '2023-06-01' }))).toBe('anthropic');
    expect(clientFormatOf('/v1/models', new Headers({ 'x-goog-api-key': 'k' }))).toBe('gemini');
    expect(clientFormatOf('/v1/models')).toBe('openai-chat');
    expect(clientFormatOf('/health')).toBeUndefined();
  });
});
