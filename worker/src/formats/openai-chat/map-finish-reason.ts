// OpenAI Chat finish_reason ⇄ neutral finish reason (Chat Completions API, choices[].finish_reason).
import type { FinishReason } from '../ir/finish-reason.ts';

const fromChat: Record<string, FinishReason> = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool-calls',
  function_call: 'tool-calls',
  content_filter: 'content-filter',
};

const toChat: Record<FinishReason, string> = {
  stop: 'stop',
  'stop-sequence': 'stop',
  length: 'length',
  'tool-calls': 'tool_calls',
  'content-filter': 'content_filter',
  refusal: 'content_filter',
  pause: 'stop',
  error: 'stop',
  other: 'stop',
};

export const finishReasonFromChat = (reason: string | null | undefined): FinishReason =>
  (reason == null ? undefined : fromChat[reason]) ?? 'other';

export const chatFinishReason = (reason: FinishReason): string => toChat[reason];
