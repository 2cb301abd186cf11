// Maps OpenAI Responses `usage` to neutral Usage (API reference: ResponseUsage).
// `input_tokens` includes cached and cache-written tokens, so both are subtracted to get uncached input;
// `reasoning_tokens` is already inside `output_tokens`.
import type { Usage } from '../formats/ir/usage.ts';
import { asRecord, hasAnyCount, readCount } from './read-wire-values.ts';

export function mapOpenAiResponsesUsage(raw: unknown): Usage | undefined {
  const usage = asRecord(raw);
  if (!hasAnyCount(usage, ['input_tokens', 'output_tokens'])) return undefined;
  const inputDetails = asRecord(usage?.['input_tokens_details']);
  const input = readCount(usage, 'input_tokens') ?? 0;
  const cacheRead = readCount(inputDetails, 'cached_tokens') ?? 0;
  const cacheWrite = readCount(inputDetails, 'cache_write_tokens') ?? 0;
  return {
    inputTokens: Math.max(0, input - cacheRead - cacheWrite),
    outputTokens: readCount(usage, 'output_tokens') ?? 0,
    // OpenAI bills its cache writes at 1.25x input, the rate of the 5-minute slot.
    cacheWrite5mTokens: cacheWrite,
    cacheWrite1hTokens: 0,
    cacheReadTokens: cacheRead,
    reasoningTokens: readCount(asRecord(usage?.['output_tokens_details']), 'reasoning_tokens') ?? 0,
  };
}
