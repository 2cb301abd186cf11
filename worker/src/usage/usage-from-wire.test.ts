import { describe, expect, it } from 'vitest';
import type { WireFormat } from '../formats/format.ts';
import { wireFormats } from '../formats/format.ts';
import {
  anthropicMessageBody,
  anthropicStream,
  anthropicStreamUsageOnlyAtEnd,
  anthropicStreamWithError,
  anthropicStreamWithoutSplit,
} from './__fixtures__/anthropic-usage.ts';
import {
  geminiArrayStream,
  geminiBody,
  geminiBodyWithToolUse,
  geminiCliStream,
  geminiStream,
} from './__fixtures__/gemini-usage.ts';
import {
  deepSeekChatBody,
  openAiChatBody,
  openAiChatStream,
  openAiChatStreamWithoutUsage,
} from './__fixtures__/openai-chat-usage.ts';
import {
  responsesBody,
  responsesBodyWithCacheWrite,
  responsesFailedStream,
  responsesIncompleteStream,
  responsesStream,
} from './__fixtures__/openai-responses-usage.ts';
import { parseRecordedStream } from './__fixtures__/parse-recorded-stream.ts';
import { createUsageObserver, usageFromResponse } from './usage-from-wire.ts';

function observeTranscript(format: WireFormat, transcript: string) {
  const observer = createUsageObserver(format);
  for (const payload of parseRecordedStream(transcript)) observer.observe(payload);
  return observer.result();
}

describe('anthropic usage', () => {
  it('splits cache writes by TTL and keeps uncached input as reported', () => {
    expect(usageFromResponse('anthropic', anthropicMessageBody)).toEqual({
      inputTokens: 12,
      outputTokens: 391,
      cacheWrite5mTokens: 1000,
      cacheWrite1hTokens: 2000,
      cacheReadTokens: 48213,
      reasoningTokens: 0,
    });
  });

  it('merges message_start counts with the cumulative output of message_delta', () => {
    expect(observeTranscript('anthropic', anthropicStream)).toEqual({
      inputTokens: 3,
      outputTokens: 187,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 2051,
      cacheReadTokens: 84210,
      reasoningTokens: 112,
    });
  });

  it('counts cache_creation_input_tokens as 5m writes when the TTL split is absent', () => {
    expect(observeTranscript('anthropic', anthropicStreamWithoutSplit)).toEqual({
      inputTokens: 472,
      outputTokens: 89,
      cacheWrite5mTokens: 1800,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 0,
      reasoningTokens: 0,
    });
  });

  it('takes input counts that arrive only in message_delta and keeps earlier values for nulls', () => {
    expect(observeTranscript('anthropic', anthropicStreamUsageOnlyAtEnd)).toEqual({
      inputTokens: 1520,
      outputTokens: 75,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 6400,
      reasoningTokens: 0,
    });
  });

  it('keeps the message_start counts when the stream ends in an error', () => {
    expect(observeTranscript('anthropic', anthropicStreamWithError)).toMatchObject({
      inputTokens: 25,
      outputTokens: 1,
      cacheReadTokens: 9000,
    });
  });

  it('bills the part of the write total that the TTL split leaves unexplained as 5m', () => {
    const body = {
      usage: {
        input_tokens: 1,
        output_tokens: 1,
        cache_creation_input_tokens: 500,
        cache_creation: { ephemeral_1h_input_tokens: 200 },
      },
    };
    expect(usageFromResponse('anthropic', body)).toMatchObject({ cacheWrite5mTokens: 300, cacheWrite1hTokens: 200 });
  });

  it('uses the SSE event name when the data has no type', () => {
    const observer = createUsageObserver('anthropic');
    observer.observe({ event: 'message_delta', data: { usage: { output_tokens: 7, input_tokens: 2 } } });
    expect(observer.result()).toMatchObject({ inputTokens: 2, outputTokens: 7 });
  });
});

describe('openai-chat usage', () => {
  it('subtracts cached tokens reported inside prompt_tokens', () => {
    expect(usageFromResponse('openai-chat', openAiChatBody)).toEqual({
      inputTokens: 86,
      outputTokens: 300,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 1920,
      reasoningTokens: 192,
    });
  });

  it('reads usage from the last chunk when earlier chunks carry usage null', () => {
    expect(observeTranscript('openai-chat', openAiChatStream)).toEqual({
      inputTokens: 190,
      outputTokens: 2,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 5120,
      reasoningTokens: 0,
    });
  });

  it('reports no usage for a stream sent without include_usage', () => {
    expect(observeTranscript('openai-chat', openAiChatStreamWithoutUsage)).toBeUndefined();
  });

  it('reads DeepSeek cache hits from prompt_cache_hit_tokens', () => {
    expect(usageFromResponse('openai-chat', deepSeekChatBody)).toMatchObject({
      inputTokens: 176,
      cacheReadTokens: 1024,
      outputTokens: 40,
    });
  });
});

describe('openai-responses usage', () => {
  it('subtracts cached tokens reported inside input_tokens', () => {
    expect(usageFromResponse('openai-responses', responsesBody)).toEqual({
      inputTokens: 662,
      outputTokens: 1210,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 31744,
      reasoningTokens: 1088,
    });
  });

  it('reads usage only from response.completed in a stream', () => {
    expect(observeTranscript('openai-responses', responsesStream)).toEqual({
      inputTokens: 1665,
      outputTokens: 412,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 14208,
      reasoningTokens: 320,
    });
  });

  it('reads usage from response.incomplete and response.failed', () => {
    expect(observeTranscript('openai-responses', responsesIncompleteStream)).toMatchObject({
      inputTokens: 800,
      outputTokens: 256,
      reasoningTokens: 256,
    });
    expect(observeTranscript('openai-responses', responsesFailedStream)).toMatchObject({
      inputTokens: 128,
      cacheReadTokens: 512,
      outputTokens: 3,
    });
  });

  it('counts cache_write_tokens as 5m writes and out of uncached input', () => {
    expect(usageFromResponse('openai-responses', responsesBodyWithCacheWrite)).toMatchObject({
      inputTokens: 293,
      cacheWrite5mTokens: 3207,
      cacheReadTokens: 0,
    });
  });

  it('accepts a body that is a response.completed event', () => {
    const event = { type: 'response.completed', response: responsesBody };
    expect(usageFromResponse('openai-responses', event)).toMatchObject({ inputTokens: 662, cacheReadTokens: 31744 });
  });
});

describe('gemini usage', () => {
  it('subtracts cachedContentTokenCount and bills thoughts as output', () => {
    expect(usageFromResponse('gemini', geminiBody)).toEqual({
      inputTokens: 702,
      outputTokens: 1682,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 12288,
      reasoningTokens: 1270,
    });
  });

  it('takes the last usageMetadata of a stream as authoritative', () => {
    expect(observeTranscript('gemini', geminiStream)).toEqual({
      inputTokens: 220,
      outputTokens: 531,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 7900,
      reasoningTokens: 500,
    });
  });

  it('reads the JSON-array stream element by element and as a whole body', () => {
    const observer = createUsageObserver('gemini');
    for (const element of geminiArrayStream) observer.observe({ data: element });
    const expected = { inputTokens: 9, outputTokens: 2, cacheReadTokens: 0, reasoningTokens: 0 };
    expect(observer.result()).toMatchObject(expected);
    expect(usageFromResponse('gemini', geminiArrayStream)).toMatchObject(expected);
  });

  it('bills tool-use prompt tokens as input', () => {
    expect(usageFromResponse('gemini', geminiBodyWithToolUse)).toMatchObject({ inputTokens: 400, outputTokens: 20 });
  });

  it('unwraps gemini-cli { response } chunks', () => {
    expect(observeTranscript('gemini-cli', geminiCliStream)).toEqual({
      inputTokens: 2509,
      outputTokens: 471,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      cacheReadTokens: 18002,
      reasoningTokens: 465,
    });
    expect(usageFromResponse('gemini-cli', { response: geminiBody, traceId: 't' })).toMatchObject({
      inputTokens: 702,
    });
  });
});

describe('malformed data', () => {
  const junk: unknown[] = [
    undefined,
    null,
    0,
    'usage',
    '[DONE]',
    [],
    [null, 3],
    { usage: null },
    { usage: 'lots' },
    { usage: [1, 2] },
    { response: null },
    { response: { usage: { input_tokens: '10' } } },
    { usageMetadata: { promptTokenCount: -5, candidatesTokenCount: Number.NaN } },
    { type: 'message_start', message: null },
    { type: 'message_delta', usage: { output_tokens: 1.5 } },
    { message: { usage: { input_tokens: Number.POSITIVE_INFINITY } } },
  ];

  it.each(wireFormats)('ignores junk without throwing (%s)', (format) => {
    const observer = createUsageObserver(format);
    for (const data of junk) {
      expect(usageFromResponse(format, data)).toBeUndefined();
      observer.observe({ data });
      observer.observe({ event: 'message_start', data });
    }
    expect(observer.result()).toBeUndefined();
  });

  it('keeps the last good report when junk follows it', () => {
    const observer = createUsageObserver('openai-chat');
    for (const payload of parseRecordedStream(openAiChatStream)) observer.observe(payload);
    observer.observe({ data: { choices: [], usage: { prompt_tokens: 'many' } } });
    observer.observe({ data: { usage: null } });
    expect(observer.result()).toMatchObject({ inputTokens: 190, cacheReadTokens: 5120 });
  });

  it('ignores a malformed field but keeps the valid ones beside it', () => {
    const usage = { prompt_tokens: 100, completion_tokens: -3, prompt_tokens_details: { cached_tokens: 'x' } };
    const expected = { inputTokens: 100, outputTokens: 0, cacheReadTokens: 0 };
    expect(usageFromResponse('openai-chat', { usage })).toMatchObject(expected);
  });

  it('never reports negative input when cached exceeds the prompt count', () => {
    const body = { usage: { prompt_tokens: 10, completion_tokens: 1, prompt_tokens_details: { cached_tokens: 50 } } };
    expect(usageFromResponse('openai-chat', body)).toMatchObject({ inputTokens: 0, cacheReadTokens: 50 });
  });
});
