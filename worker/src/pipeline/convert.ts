// Conversion between the client's format and a provider's (SPEC §3.3), for generation requests: the
// upstream request is rendered from the neutral representation, and the answer, its stream and its
// errors are rendered back in the client's format. Same-format requests never come here.
import { ProxyError } from '../errors.ts';
import { CodecError } from '../formats/codec-error.ts';
import { codecFor } from '../formats/codecs.ts';
import type { WireFormat } from '../formats/format.ts';
import type { IrRequest } from '../formats/ir/request.ts';
import { createStreamTranslation, toTransformStream } from '../formats/translate-stream.ts';
import { createSseDecoder } from '../sse/decode-sse.ts';
import { createSseEncoder } from '../sse/encode-sse.ts';
import type { ClientRequest } from './client-request.ts';

export interface Conversion {
  client: WireFormat;
  provider: WireFormat;
  /** The client's request in neutral form, parsed once per request. */
  request: IrRequest;
}

/** Whether the request is a model call that can be converted (not count_tokens, model lists, …). */
export function isGeneration(request: ClientRequest): boolean {
  switch (request.format) {
    case 'anthropic':
      return request.path === '/v1/messages';
    case 'openai-chat':
      return request.path === '/v1/chat/completions';
    case 'openai-responses':
      return request.path === '/v1/responses';
    case 'gemini':
    case 'gemini-cli':
      return request.action === 'generateContent' || request.action === 'streamGenerateContent';
  }
}

export function parseForConversion(request: ClientRequest): IrRequest {
  const route = { stream: request.stream, ...(request.model === undefined ? {} : { model: request.model }) };
  return codecFor(request.format).parseRequest(request.body, route);
}

const parsed = new WeakMap<ClientRequest, IrRequest>();

/**
 * The client's request in neutral form, parsed once per request and shared by the steps that need it
 * (the sensitive-word guard, conversion). A body its codec rejects is the client's 400.
 */
export function irOf(request: ClientRequest): IrRequest {
  const known = parsed.get(request);
  if (known !== undefined) return known;
  let ir: IrRequest;
  try {
    ir = parseForConversion(request);
  } catch (error) {
    if (!(error instanceof CodecError)) throw error;
    throw new ProxyError('bad_request', `Invalid ${request.format} request: ${error.message}`, { code: 'invalid_request' });
  }
  parsed.set(request, ir);
  return ir;
}

/** The conversion to a provider of another format, or undefined when formats match (bytes pass through). */
export function conversionFor(request: ClientRequest, provider: WireFormat): Conversion | undefined {
  if (provider === request.format) return undefined;
  return { client: request.format, provider, request: irOf(request) };
}

/** Path, query and body of the upstream request in the provider's format. */
export function convertedUpstream(conversion: Conversion, model: string): { path: string; search: string; body: string } {
  const request: IrRequest = { ...conversion.request, model };
  const body = codecFor(conversion.provider).renderRequest(request);
  const action = request.stream ? 'streamGenerateContent' : 'generateContent';
  const sse = request.stream ? '?alt=sse' : '';
  switch (conversion.provider) {
    case 'anthropic':
      return { path: '/v1/messages', search: '', body: JSON.stringify(body) };
    case 'openai-chat':
      return { path: '/v1/chat/completions', search: '', body: JSON.stringify(body) };
    case 'openai-responses':
      return { path: '/v1/responses', search: '', body: JSON.stringify(body) };
    case 'gemini':
      return { path: `/v1beta/models/${encodeURIComponent(model)}:${action}`, search: sse, body: JSON.stringify(body) };
    case 'gemini-cli':
      return { path: `/v1internal:${action}`, search: sse, body: JSON.stringify(body) };
  }
}

export function convertResponseBody(conversion: Conversion, upstream: unknown): string {
  const response = codecFor(conversion.provider).parseResponse(upstream);
  return JSON.stringify(codecFor(conversion.client).renderResponse(response, { request: conversion.request }));
}

export function convertErrorBody(conversion: Conversion, status: number, upstream: unknown): string {
  const error = codecFor(conversion.provider).parseError(status, upstream);
  return JSON.stringify(codecFor(conversion.client).renderError(error));
}

/** Provider SSE bytes in, client SSE bytes out, event by event. */
export function streamConverter(conversion: Conversion): TransformStream<Uint8Array, Uint8Array> {
  const decode = createSseDecoder();
  const translate = toTransformStream(
    createStreamTranslation(codecFor(conversion.provider), codecFor(conversion.client), { request: conversion.request }),
  );
  const encode = createSseEncoder();
  decode.readable.pipeThrough(translate).pipeTo(encode.writable).catch(() => {});
  return { writable: decode.writable, readable: encode.readable };
}
