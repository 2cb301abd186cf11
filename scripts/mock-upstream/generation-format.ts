// The contract each vendor module fulfils so one responder can serve every generation endpoint.
import type { Conversation } from './conversation.ts';
import type { ReplyPlan } from './plan-reply.ts';

/** A parsed request as the vendor modules see it. */
export interface MockCall {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** Unix milliseconds when the request arrived; used for `created` fields. */
  now: number;
}

/** One stream event; a string `data` is written as is (e.g. `[DONE]`), anything else as JSON. */
export interface StreamFrame {
  event?: string;
  data: unknown;
}

export interface MockError {
  status: number;
  type?: string;
  message?: string;
}

/**
 * SSE for everyone; Google ends its SSE lines with CRLF (`sse-crlf`); Gemini without `alt=sse`
 * streams one JSON array.
 */
export type StreamEncoding = 'sse' | 'sse-crlf' | 'json-array';

export interface ErrorReply {
  status: number;
  body: unknown;
}

export interface GenerationFormat {
  isStream(call: MockCall): boolean;
  encoding(call: MockCall): StreamEncoding;
  readConversation(call: MockCall): Conversation;
  renderResponse(plan: ReplyPlan, call: MockCall): unknown;
  renderStream(plan: ReplyPlan, call: MockCall): StreamFrame[];
  /** The vendor's in-stream error event, sent as event number `index`. */
  renderStreamError(error: MockError, index: number, call: MockCall): StreamFrame;
  renderError(error: MockError): ErrorReply;
}

/** The message used when a scenario names a status but no message. */
export function errorMessageOf(error: MockError): string {
  return error.message ?? `Mock upstream error ${error.status}`;
}

/** Deterministic opaque strings (signatures, encrypted reasoning) derived from the reply seed. */
export function opaqueToken(kind: string, seed: string): string {
  return Buffer.from(`mock-${kind}:${seed}`).toString('base64');
}
