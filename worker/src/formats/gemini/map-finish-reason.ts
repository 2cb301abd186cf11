// Gemini finishReason ⇄ neutral finish reason (ai.google.dev, Candidate.FinishReason). Gemini reports
// STOP after function calls, so the caller says whether the candidate called tools.
import type { FinishReason } from '../ir/finish-reason.ts';

const fromGemini: Record<string, FinishReason> = {
  STOP: 'stop',
  MAX_TOKENS: 'length',
  SAFETY: 'content-filter',
  RECITATION: 'content-filter',
  LANGUAGE: 'content-filter',
  BLOCKLIST: 'content-filter',
  PROHIBITED_CONTENT: 'content-filter',
  SPII: 'content-filter',
  IMAGE_SAFETY: 'content-filter',
  MALFORMED_FUNCTION_CALL: 'error',
  UNEXPECTED_TOOL_CALL: 'error',
  TOO_MANY_TOOL_CALLS: 'error',
  OTHER: 'other',
  FINISH_REASON_UNSPECIFIED: 'other',
};

const toGemini: Record<FinishReason, string> = {
  stop: 'STOP',
  'stop-sequence': 'STOP',
  'tool-calls': 'STOP',
  pause: 'STOP',
  length: 'MAX_TOKENS',
  'content-filter': 'SAFETY',
  refusal: 'SAFETY',
  error: 'OTHER',
  other: 'OTHER',
};

export const finishReasonFromGemini = (reason: string | undefined, hasToolCalls: boolean): FinishReason => {
  const mapped = (reason === undefined ? undefined : fromGemini[reason]) ?? 'other';
  return mapped === 'stop' && hasToolCalls ? 'tool-calls' : mapped;
};

export const geminiFinishReason = (reason: FinishReason): string => toGemini[reason];
