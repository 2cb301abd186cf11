// OpenAI Responses status ⇄ neutral finish reason. Responses has no stop reason: it reports a status,
// incomplete_details.reason, and whether the output holds function calls.
import type { FinishReason } from '../ir/finish-reason.ts';

export interface ResponsesOutcome {
  status: string;
  incompleteReason?: string;
}

export const finishReasonFromResponses = (outcome: ResponsesOutcome, hasToolCalls: boolean): FinishReason => {
  if (outcome.status === 'failed') return 'error';
  if (outcome.status === 'incomplete') {
    if (outcome.incompleteReason === 'max_output_tokens') return 'length';
    if (outcome.incompleteReason === 'content_filter') return 'content-filter';
    return 'other';
  }
  return hasToolCalls ? 'tool-calls' : 'stop';
};

const toResponses: Record<FinishReason, ResponsesOutcome> = {
  stop: { status: 'completed' },
  'stop-sequence': { status: 'completed' },
  'tool-calls': { status: 'completed' },
  pause: { status: 'completed' },
  other: { status: 'completed' },
  refusal: { status: 'completed' },
  length: { status: 'incomplete', incompleteReason: 'max_output_tokens' },
  'content-filter': { status: 'incomplete', incompleteReason: 'content_filter' },
  error: { status: 'failed' },
};

export const responsesOutcome = (reason: FinishReason): ResponsesOutcome => toResponses[reason];
