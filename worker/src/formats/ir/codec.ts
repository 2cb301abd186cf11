// The interface every wire format implements: parse into and render from the neutral representation.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { WireFormat } from '../format.ts';
import type { IrError } from './error.ts';
import type { IrRequest } from './request.ts';
import type { IrResponse } from './response.ts';
import type { IrStreamEvent } from './stream-event.ts';

/** What the route knows that some formats keep out of the body (Gemini puts model and stream in the path). */
export interface RequestRoute {
  model?: string;
  stream?: boolean;
}

/**
 * Stateful, one per stream. Each call returns the output for that input at once, so nothing is ever
 * held back; `finish` is called once when the input ends and closes whatever is still open.
 */
export interface StreamStep<I, O> {
  push(input: I): O[];
  finish(): O[];
}

/**
 * What a renderer of the client's format may need from the client's own request: Responses renders
 * calls of the client's custom tools as custom_tool_call items. Optional; other formats ignore it.
 */
export interface RenderContext {
  request?: IrRequest;
}

export interface Codec {
  readonly format: WireFormat;
  /** Validates and parses a client body; throws CodecError when the body is not this format. */
  parseRequest(body: unknown, route?: RequestRoute): IrRequest;
  renderRequest(request: IrRequest): Record<string, unknown>;
  parseResponse(body: unknown): IrResponse;
  renderResponse(response: IrResponse, context?: RenderContext): Record<string, unknown>;
  createStreamParser(): StreamStep<SseEvent, IrStreamEvent>;
  createStreamRenderer(context?: RenderContext): StreamStep<IrStreamEvent, SseEvent>;
  /** Reads an upstream error body of this format (any shape; falls back to the status and raw text). */
  parseError(status: number, body: unknown): IrError;
  renderError(error: IrError): Record<string, unknown>;
}
