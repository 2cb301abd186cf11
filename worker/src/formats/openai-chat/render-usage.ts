// Neutral usage → OpenAI Chat usage: prompt_tokens counts cached and cache-written tokens too.
import type { Usage } from '../ir/usage.ts';

export const renderChatUsage = (usage: Usage): Record<string, unknown> => {
  const cacheWrite = usage.cacheWrite5mTokens + usage.cacheWrite1hTokens;
  const prompt = usage.inputTokens + usage.cacheReadTokens + cacheWrite;
  return {
    prompt_tokens: prompt,
    completion_tokens: usage.outputTokens,
    total_tokens: prompt + usage.outputTokens,
    prompt_tokens_details: { cached_tokens: usage.cacheReadTokens, ...(cacheWrite > 0 ? { cache_write_tokens: cacheWrite } : {}) },
    completion_tokens_details: { reasoning_tokens: usage.reasoningTokens },
  };
};
