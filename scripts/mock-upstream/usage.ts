// Token counts the mock reports: estimated from the request and reply, overridable per server and per scenario
// so tests can compute expected costs exactly.

/**
 * Neutral usage. `input` excludes cache reads and cache writes; `output` excludes reasoning.
 * Each format maps it onto its own fields (Anthropic output_tokens = output + reasoning; OpenAI
 * prompt_tokens = input + cacheRead + cache writes; Gemini candidatesTokenCount = output).
 */
export interface MockUsage {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  reasoning: number;
}

/** A rough four-characters-per-token estimate: deterministic, which is all the mock needs. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Later overrides win field by field. */
export function resolveUsage(estimate: MockUsage, ...overrides: Array<Partial<MockUsage> | undefined>): MockUsage {
  const usage = { ...estimate };
  for (const override of overrides) {
    if (override === undefined) continue;
    for (const key of Object.keys(usage) as Array<keyof MockUsage>) {
      const value = override[key];
      if (value !== undefined) usage[key] = value;
    }
  }
  return usage;
}

/** Every prompt token processed, cached or not (OpenAI's prompt_tokens, Gemini's promptTokenCount). */
export function totalInputTokens(usage: MockUsage): number {
  return usage.input + usage.cacheRead + usage.cacheWrite5m + usage.cacheWrite1h;
}
