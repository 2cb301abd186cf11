// Maps Anthropic Messages usage (response body, message_start, message_delta) to neutral Usage.
// Follows the Messages API reference: `input_tokens` already excludes cache reads and writes;
// `cache_creation` splits writes by TTL; `output_tokens_details.thinking_tokens` is part of output.
import type { Usage } from '../formats/ir/usage.ts';
import { asRecord, hasAnyCount, readCount } from './read-wire-values.ts';

/** Raw counts as Anthropic reports them; a stream merges message_delta's counts over message_start's. */
export interface AnthropicCounts {
  input?: number;
  output?: number;
  cacheCreation?: number;
  cacheCreation5m?: number;
  cacheCreation1h?: number;
  cacheRead?: number;
  thinking?: number;
}

const countKeys = ['input_tokens', 'output_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens'];

export function readAnthropicCounts(raw: unknown): AnthropicCounts | undefined {
  const usage = asRecord(raw);
  const split = asRecord(usage?.['cache_creation']);
  const splitKeys = ['ephemeral_5m_input_tokens', 'ephemeral_1h_input_tokens'];
  if (!hasAnyCount(usage, countKeys) && !hasAnyCount(split, splitKeys)) return undefined;
  return {
    input: readCount(usage, 'input_tokens'),
    output: readCount(usage, 'output_tokens'),
    cacheCreation: readCount(usage, 'cache_creation_input_tokens'),
    cacheCreation5m: readCount(split, 'ephemeral_5m_input_tokens'),
    cacheCreation1h: readCount(split, 'ephemeral_1h_input_tokens'),
    cacheRead: readCount(usage, 'cache_read_input_tokens'),
    thinking: readCount(asRecord(usage?.['output_tokens_details']), 'thinking_tokens'),
  };
}

/** message_delta counts are cumulative; a count it leaves out (or sends as null) keeps its earlier value. */
export function mergeAnthropicCounts(
  earlier: AnthropicCounts | undefined,
  later: AnthropicCounts | undefined,
): AnthropicCounts | undefined {
  if (!earlier) return later;
  if (!later) return earlier;
  const merged: AnthropicCounts = { ...earlier };
  for (const key of Object.keys(later) as (keyof AnthropicCounts)[]) {
    const value = later[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

export function anthropicCountsToUsage(counts: AnthropicCounts): Usage {
  const { write5m, write1h } = splitCacheWrites(counts);
  return {
    inputTokens: counts.input ?? 0,
    outputTokens: counts.output ?? 0,
    cacheWrite5mTokens: write5m,
    cacheWrite1hTokens: write1h,
    cacheReadTokens: counts.cacheRead ?? 0,
    reasoningTokens: counts.thinking ?? 0,
  };
}

/**
 * Without the TTL split every write counts as 5m (the default TTL). With it, the split is trusted, and any
 * part of the reported total the split leaves unexplained is billed as 5m, so no written token goes unbilled.
 */
function splitCacheWrites(counts: AnthropicCounts): { write5m: number; write1h: number } {
  const total = counts.cacheCreation;
  if (counts.cacheCreation5m === undefined && counts.cacheCreation1h === undefined) {
    return { write5m: total ?? 0, write1h: 0 };
  }
  const write1h = counts.cacheCreation1h ?? 0;
  const split5m = counts.cacheCreation5m ?? 0;
  const unexplained = total !== undefined ? Math.max(0, total - write1h - split5m) : 0;
  return { write5m: split5m + unexplained, write1h };
}

export function mapAnthropicUsage(raw: unknown): Usage | undefined {
  const counts = readAnthropicCounts(raw);
  return counts ? anthropicCountsToUsage(counts) : undefined;
}
