// Gemini CLI code-assist stream → neutral stream events: each chunk is unwrapped, then read as Gemini.
import type { SseEvent } from '../../sse/sse-event.ts';
import type { StreamStep } from '../ir/codec.ts';
import type { IrStreamEvent } from '../ir/stream-event.ts';
import { createUsageTap } from '../ir/usage-tap.ts';
import { createGeminiStreamParser } from '../gemini/parse-stream.ts';
import { unwrapResponse } from './wire.ts';

export const createGeminiCliStreamParser = (): StreamStep<SseEvent, IrStreamEvent> =>
  createGeminiStreamParser(unwrapResponse, createUsageTap('gemini-cli'));
