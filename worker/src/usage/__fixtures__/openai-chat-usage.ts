// Recorded OpenAI Chat Completions payloads (shapes from the API reference and streaming guide).

/** Cached tokens are reported inside prompt_tokens; reasoning tokens inside completion_tokens. */
export const openAiChatBody = {
  id: 'chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG',
  object: 'chat.completion',
  created: 1741570283,
  model: 'gpt-5-2025-08-07',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'The file defines one route.', refusal: null, annotations: [] },
      logprobs: null,
      finish_reason: 'stop',
    },
  ],
  usage: {
    prompt_tokens: 2006,
    completion_tokens: 300,
    total_tokens: 2306,
    prompt_tokens_details: { cached_tokens: 1920, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 192,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  },
  service_tier: 'default',
  system_fingerprint: null,
};

/** With stream_options.include_usage: usage is null in every chunk but the last, whose choices are empty. */
export const openAiChatStream = `data: {"id":"chatcmpl-C3kq","object":"chat.completion.chunk","created":1754589420,"model":"gpt-4.1-2025-04-14","service_tier":"default","system_fingerprint":"fp_b3f1157249","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}

data: {"id":"chatcmpl-C3kq","object":"chat.completion.chunk","created":1754589420,"model":"gpt-4.1-2025-04-14","service_tier":"default","system_fingerprint":"fp_b3f1157249","choices":[{"index":0,"delta":{"content":"Hello"},"logprobs":null,"finish_reason":null}],"usage":null}

data: {"id":"chatcmpl-C3kq","object":"chat.completion.chunk","created":1754589420,"model":"gpt-4.1-2025-04-14","service_tier":"default","system_fingerprint":"fp_b3f1157249","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null}

data: {"id":"chatcmpl-C3kq","object":"chat.completion.chunk","created":1754589420,"model":"gpt-4.1-2025-04-14","service_tier":"default","system_fingerprint":"fp_b3f1157249","choices":[],"usage":{"prompt_tokens":5310,"completion_tokens":2,"total_tokens":5312,"prompt_tokens_details":{"cached_tokens":5120,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}}

data: [DONE]

`;

/** Without include_usage the stream never reports usage. */
export const openAiChatStreamWithoutUsage = `data: {"id":"chatcmpl-x","object":"chat.completion.chunk","created":1754589420,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}]}

data: {"id":"chatcmpl-x","object":"chat.completion.chunk","created":1754589420,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}

data: [DONE]

`;

/** DeepSeek's compatible API reports cache hits as prompt_cache_hit_tokens (also inside prompt_tokens). */
export const deepSeekChatBody = {
  id: 'd1f5',
  object: 'chat.completion',
  model: 'deepseek-chat',
  choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
  usage: {
    prompt_tokens: 1200,
    completion_tokens: 40,
    total_tokens: 1240,
    prompt_cache_hit_tokens: 1024,
    prompt_cache_miss_tokens: 176,
  },
};
