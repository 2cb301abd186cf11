// Golden finish-reason tables, written from each vendor's documentation of its stop reasons.
import { describe, expect, it } from 'vitest';
import { anthropicStopReason, finishReasonFromAnthropic } from './anthropic/map-finish-reason.ts';
import { finishReasonFromGemini, geminiFinishReason } from './gemini/map-finish-reason.ts';
import { finishReasons, type FinishReason } from './ir/finish-reason.ts';
import { chatFinishReason, finishReasonFromChat } from './openai-chat/map-finish-reason.ts';
import { finishReasonFromResponses, responsesOutcome } from './openai-responses/map-finish-reason.ts';

const rendered: Record<FinishReason, [anthropic: string, chat: string, responses: string, gemini: string]> = {
  stop: ['end_turn', 'stop', 'completed', 'STOP'],
  'stop-sequence': ['stop_sequence', 'stop', 'completed', 'STOP'],
  length: ['max_tokens', 'length', 'incomplete:max_output_tokens', 'MAX_TOKENS'],
  'tool-calls': ['tool_use', 'tool_calls', 'completed', 'STOP'],
  'content-filter': ['refusal', 'content_filter', 'incomplete:content_filter', 'SAFETY'],
  refusal: ['refusal', 'content_filter', 'completed', 'SAFETY'],
  pause: ['pause_turn', 'stop', 'completed', 'STOP'],
  error: ['end_turn', 'stop', 'failed', 'OTHER'],
  other: ['end_turn', 'stop', 'completed', 'OTHER'],
};

describe('finish reason rendering', () => {
  it.each(finishReasons)('renders %s in every format as the vendors document it', (reason) => {
    const outcome = responsesOutcome(reason);
    const responses = outcome.incompleteReason === undefined ? outcome.status : `${outcome.status}:${outcome.incompleteReason}`;
    expect([anthropicStopReason(reason), chatFinishReason(reason), responses, geminiFinishReason(reason)]).toEqual(rendered[reason]);
  });
});

describe('finish reason parsing', () => {
  it('reads every documented Anthropic stop_reason', () => {
    const table = {
      end_turn: 'stop', max_tokens: 'length', stop_sequence: 'stop-sequence', tool_use: 'tool-calls',
      pause_turn: 'pause', refusal: 'refusal', model_context_window_exceeded: 'length', something_new: 'other',
    };
    for (const [wire, reason] of Object.entries(table)) expect(finishReasonFromAnthropic(wire)).toBe(reason);
    expect(finishReasonFromAnthropic(null)).toBe('other');
  });

  it('reads every documented Chat finish_reason', () => {
    const table = { stop: 'stop', length: 'length', tool_calls: 'tool-calls', function_call: 'tool-calls', content_filter: 'content-filter', odd: 'other' };
    for (const [wire, reason] of Object.entries(table)) expect(finishReasonFromChat(wire)).toBe(reason);
  });

  it('reads Responses status and incomplete reasons, with function calls meaning tool-calls', () => {
    expect(finishReasonFromResponses({ status: 'completed' }, false)).toBe('stop');
    expect(finishReasonFromResponses({ status: 'completed' }, true)).toBe('tool-calls');
    expect(finishReasonFromResponses({ status: 'incomplete', incompleteReason: 'max_output_tokens' }, false)).toBe('length');
    expect(finishReasonFromResponses({ status: 'incomplete', incompleteReason: 'content_filter' }, false)).toBe('content-filter');
    expect(finishReasonFromResponses({ status: 'failed' }, false)).toBe('error');
  });

  it('reads every documented Gemini finishReason, STOP after function calls meaning tool-calls', () => {
    const table = {
      STOP: 'stop', MAX_TOKENS: 'length', SAFETY: 'content-filter', RECITATION: 'content-filter', LANGUAGE: 'content-filter',
      BLOCKLIST: 'content-filter', PROHIBITED_CONTENT: 'content-filter', SPII: 'content-filter', IMAGE_SAFETY: 'content-filter',
      MALFORMED_FUNCTION_CALL: 'error', UNEXPECTED_TOOL_CALL: 'error', TOO_MANY_TOOL_CALLS: 'error', OTHER: 'other',
      FINISH_REASON_UNSPECIFIED: 'other',
    };
    for (const [wire, reason] of Object.entries(table)) expect(finishReasonFromGemini(wire, false)).toBe(reason);
    expect(finishReasonFromGemini('STOP', true)).toBe('tool-calls');
    expect(finishReasonFromGemini('MAX_TOKENS', true)).toBe('length');
  });
});
