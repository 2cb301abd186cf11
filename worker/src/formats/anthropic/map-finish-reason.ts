// Anthropic stop_reason ⇄ neutral finish reason (docs.anthropic.com, "Handling stop reasons").
import type { FinishReason } from '../ir/finish-reason.ts';

const fromAnthropic: Record<string, FinishReason> = {
  end_turn: 'stop',
  stop_sequence: 'stop-sequence',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool-calls',
  pause_turn: 'pause',
  refusal: 'refusal',
};

const toAnthropic: Record<FinishReason, string> = {
  stop: 'end_turn',
  'stop-sequence': 'stop_sequence',
  length: 'max_tokens',
  'tool-calls': 'tool_use',
  'content-filter': 'refusal',
  refusal: 'refusal',
  pause: 'pause_turn',
  error: 'end_turn',
  other: 'end_turn',
};

export const finishReasonFromAnthropic = (reason: string | null | undefined): FinishReason =>
  (reason == null ? undefined : fromAnthropic[reason]) ?? 'other';

export const anthropicStopReason = (reason: FinishReason): string => toAnthropic[reason];
