// Neutral stream events → Gemini CLI code-assist stream: Gemini chunks wrapped as {response}.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { StreamStep } from '../ir/codec.ts';
import type { IrStreamEvent } from '../ir/stream-event.ts';
import { createGeminiStreamRenderer } from '../gemini/render-stream.ts';
import { wrapResponse } from './render-response.ts';

export const createGeminiCliStreamRenderer = (): StreamStep<IrStreamEvent, SseEvent> =>
  createGeminiStreamRenderer((chunk) => wrapResponse(chunk, undefined));
