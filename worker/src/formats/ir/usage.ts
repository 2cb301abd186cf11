// Token usage in neutral form: what every format's usage maps to, and what cost is computed from.

export interface Usage {
  /** Prompt tokens that were neither read from nor written to a prompt cache. */
  inputTokens: number;
  outputTokens: number;
  /** Prompt tokens written to a cache with a 5-minute lifetime. */
  cacheWrite5mTokens: number;
  /** Prompt tokens written to a cache with a 1-hour lifetime. */
  cacheWrite1hTokens: number;
  cacheReadTokens: number;
  /** Reasoning tokens; already included in outputTokens where the vendor counts them there. */
  reasoningTokens: number;
}

export const emptyUsage = (): Usage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheWrite5mTokens: 0,
  cacheWrite1hTokens: 0,
  cacheReadTokens: 0,
  reasoningTokens: 0,
});
