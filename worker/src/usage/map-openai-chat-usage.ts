// Maps OpenAI Chat Completions `usage` to neutral Usage (API reference: CompletionUsage).
// `prompt_tokens` includes cached and cache-written tokens, so both are subtracted to get uncached input;
// `reasoning_tokens` is already inside `completion_tokens`.
import type { Usage } from '../formats/ir/usage.ts';
import { asRecord, hasAnyCount, readCount } from './read-wire-values.ts';

export function mapOpenAiChatUsage(raw: unknown): Usage | undefined {
  const usage = asRecord(raw);
  if (!hasAnyCount(usage, ['prompt_tokens', 'completion_tokens'])) return undefined;
  const promptDetails = asRecord(usage?.['prompt_tokens_details']);
  const prompt = readCount(usage, 'prompt_tokens') ?? 0;
  // Compatible vendors report cache hits elsewhere: DeepSeek as `prompt_cache_hit_tokens`, Moonshot as a
  // top-level `cached_tokens`. Both also count them inside `prompt_tokens`.
  const cacheRead =
    readCount(promptDetails, 'cached_tokens') ??
    readCount(usage, 'prompt_cache_hit_tokens') ??
    readCount(usage, 'cached_tokens') ??
    0;
  const cacheWrite = readCount(promptDetails, 'cache_write_tokens') ?? 0;
  return {
    inputTokens: Math.max(0, prompt - cacheRead - cacheWrite),
    outputTokens: readCount(usage, 'completion_tokens') ?? 0,
    // OpenAI bills its cache writes at 1.25x input, the rate of the 5-minute slot.
    cacheWrite5mTokens: cacheWrite,
    cacheWrite1hTokens: 0,
    cacheReadTokens: cacheRead,
    reasoningTokens: readCount(asRecord(usage?.['completion_tokens_details']), 'reasoning_tokens') ?? 0,
  };
}
