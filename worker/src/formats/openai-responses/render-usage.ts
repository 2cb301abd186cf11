// Neutral usage → OpenAI Responses usage: input_tokens counts cached and cache-written tokens too.
import type { Usage } from '../ir/usage.ts';

export const renderResponsesUsage = (usage: Usage): Record<string, unknown> => {
  const cacheWrite = usage.cacheWrite5mTokens + usage.cacheWrite1hTokens;
  const input = usage.inputTokens + usage.cacheReadTokens + cacheWrite;
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: usage.cacheReadTokens, ...(cacheWrite > 0 ? { cache_write_tokens: cacheWrite } : {}) },
    output_tokens: usage.outputTokens,
    output_tokens_details: { reasoning_tokens: usage.reasoningTokens },
    total_tokens: input + usage.outputTokens,
  };
};
