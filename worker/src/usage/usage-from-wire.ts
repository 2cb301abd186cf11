// Reads token usage from a provider's answer in any wire format: whole JSON bodies, or stream events one
// at a time. Malformed or unexpected data is ignored, never thrown: usage is observed, not enforced.
import type { WireFormat } from '../formats/format.ts';
import type { Usage } from '../formats/ir/usage.ts';
import {
  type AnthropicCounts,
  anthropicCountsToUsage,
  mapAnthropicUsage,
  mergeAnthropicCounts,
  readAnthropicCounts,
} from './map-anthropic-usage.ts';
import { usageFromGeminiPayload } from './map-gemini-usage.ts';
import { mapOpenAiChatUsage } from './map-openai-chat-usage.ts';
import { mapOpenAiResponsesUsage } from './map-openai-responses-usage.ts';
import { asRecord, readString } from './read-wire-values.ts';

export interface StreamEventPayload {
  /** The SSE `event:` name, when the stream has one. */
  event?: string;
  /** The JSON-parsed `data:` payload, or one element of Gemini's JSON-array stream. */
  data: unknown;
}

export interface UsageObserver {
  observe(event: StreamEventPayload): void;
  /** The usage seen so far; undefined when the stream carried none. */
  result(): Usage | undefined;
}

/** Usage from a non-streaming JSON response body; undefined when the body reports none. */
export function usageFromResponse(format: WireFormat, body: unknown): Usage | undefined {
  switch (format) {
    case 'anthropic':
      return mapAnthropicUsage(asRecord(body)?.['usage']);
    case 'openai-chat':
      return mapOpenAiChatUsage(asRecord(body)?.['usage']);
    case 'openai-responses':
      return usageFromResponsesBody(body);
    case 'gemini':
    case 'gemini-cli':
      return usageFromGeminiBody(body);
  }
}

export function createUsageObserver(format: WireFormat): UsageObserver {
  switch (format) {
    case 'anthropic':
      return createAnthropicObserver();
    case 'openai-chat':
      return createLastReportObserver((data) => mapOpenAiChatUsage(asRecord(data)?.['usage']));
    case 'openai-responses':
      return createLastReportObserver((data) => mapOpenAiResponsesUsage(responseOf(data)?.['usage']));
    case 'gemini':
    case 'gemini-cli':
      return createLastReportObserver(usageFromGeminiPayload);
  }
}

/**
 * Anthropic reports input and cache counts in message_start and cumulative output (sometimes updated
 * input counts too) in message_delta; the two merge field by field.
 */
function createAnthropicObserver(): UsageObserver {
  let counts: AnthropicCounts | undefined;
  return {
    observe({ event, data }) {
      const record = asRecord(data);
      const type = readString(record, 'type') ?? event;
      if (type === 'message_start') {
        counts = mergeAnthropicCounts(counts, readAnthropicCounts(asRecord(record?.['message'])?.['usage']));
      } else if (type === 'message_delta') {
        counts = mergeAnthropicCounts(counts, readAnthropicCounts(record?.['usage']));
      }
    },
    result: () => (counts ? anthropicCountsToUsage(counts) : undefined),
  };
}

/**
 * OpenAI Chat (the final chunk under `stream_options.include_usage`), Responses (response.completed,
 * .incomplete or .failed) and Gemini (every chunk, cumulative) all make the latest report authoritative.
 */
function createLastReportObserver(read: (data: unknown) => Usage | undefined): UsageObserver {
  let latest: Usage | undefined;
  return {
    observe({ data }) {
      latest = read(data) ?? latest;
    },
    result: () => latest,
  };
}

function usageFromResponsesBody(body: unknown): Usage | undefined {
  const record = asRecord(body);
  // A body that is itself a response.completed event (some relays answer that way) still counts.
  return mapOpenAiResponsesUsage(record?.['usage']) ?? mapOpenAiResponsesUsage(responseOf(record)?.['usage']);
}

/** The response object inside a Responses stream event. */
function responseOf(data: unknown) {
  return asRecord(asRecord(data)?.['response']);
}

/** A Gemini body may also be the whole JSON-array stream; its last report wins, as in a stream. */
function usageFromGeminiBody(body: unknown): Usage | undefined {
  if (!Array.isArray(body)) return usageFromGeminiPayload(body);
  let latest: Usage | undefined;
  for (const element of body) latest = usageFromGeminiPayload(element) ?? latest;
  return latest;
}
