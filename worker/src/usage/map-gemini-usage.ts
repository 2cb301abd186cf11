// Maps Gemini `usageMetadata` to neutral Usage (API reference: GenerateContentResponse.UsageMetadata).
// `promptTokenCount` includes `cachedContentTokenCount`, so the cached part is subtracted. Thoughts are
// reported apart from `candidatesTokenCount` but billed at the output price, so output = candidates +
// thoughts, and reasoningTokens repeats the thoughts as the part of output they are. Tool-use prompt
// tokens are fed back to the model as input and billed as input.
import type { Usage } from '../formats/ir/usage.ts';
import { asRecord, hasAnyCount, readCount } from './read-wire-values.ts';

export function mapGeminiUsage(raw: unknown): Usage | undefined {
  const meta = asRecord(raw);
  if (!hasAnyCount(meta, ['promptTokenCount', 'candidatesTokenCount', 'thoughtsTokenCount'])) return undefined;
  const prompt = readCount(meta, 'promptTokenCount') ?? 0;
  const cached = readCount(meta, 'cachedContentTokenCount') ?? 0;
  const thoughts = readCount(meta, 'thoughtsTokenCount') ?? 0;
  return {
    inputTokens: Math.max(0, prompt - cached) + (readCount(meta, 'toolUsePromptTokenCount') ?? 0),
    outputTokens: (readCount(meta, 'candidatesTokenCount') ?? 0) + thoughts,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: cached,
    reasoningTokens: thoughts,
  };
}

/**
 * Gemini CLI's code-assist endpoint wraps each GenerateContentResponse as `{ response: {...} }`.
 * Both shapes are accepted for both formats, so a relay that wraps or unwraps does not lose usage.
 */
export function unwrapGeminiPayload(data: unknown): unknown {
  const record = asRecord(data);
  if (record && record['usageMetadata'] === undefined && asRecord(record['response'])) return record['response'];
  return data;
}

export function usageFromGeminiPayload(data: unknown): Usage | undefined {
  return mapGeminiUsage(asRecord(unwrapGeminiPayload(data))?.['usageMetadata']);
}
