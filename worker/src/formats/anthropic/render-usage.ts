// Neutral usage → Anthropic usage object (input excludes cache reads and writes, as Anthropic reports it).
import type { Usage } from '../ir/usage.ts';

export const renderAnthropicUsage = (usage: Usage): Record<string, unknown> => ({
  input_tokens: usage.inputTokens,
  output_tokens: usage.outputTokens,
  cache_creation_input_tokens: usage.cacheWrite5mTokens + usage.cacheWrite1hTokens,
  cache_read_input_tokens: usage.cacheReadTokens,
  cache_creation: {
    ephemeral_5m_input_tokens: usage.cacheWrite5mTokens,
    ephemeral_1h_input_tokens: usage.cacheWrite1hTokens,
  },
});
