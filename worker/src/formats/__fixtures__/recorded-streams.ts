// Upstream streams in each format, event by event as the vendors document them (Anthropic "Streaming
// Messages", OpenAI Chat chunks and Responses streaming events, Gemini streamGenerateContent?alt=sse).
// Multi-byte characters are deliberate: byte-split tests cut through them.
import type { WireFormat } from '../format.ts';

/** Reasoning, text and two parallel tool calls, with cache reads. */
export const anthropicStream = [
  "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_01\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":100,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":20,\"output_tokens\":1}}}\n\n",
  "event: ping\ndata: {\"type\":\"ping\"}\n\n",
  "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}}\n\n",
  "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"Need weather and time — both 🌍.\"}}\n\n",
  "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"EqQBCgIYAhIM1gbcDa9GJwZA2b3h\"}}\n\n",
  "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n",
  "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n",
  "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"Checking both — \"}}\n\n",
  "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"un moment ☕.\"}}\n\n",
  "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}\n\n",
  "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":2,\"content_block\":{\"type\":\"tool_use\",\"id\":\"call_w\",\"name\":\"get_weather\",\"input\":{}}}\n\n",
  "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\"}}\n\n",
  "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"city\\\": \\\"Par\"}}\n\n",
  "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"is\\\"}\"}}\n\n",
  "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":2}\n\n",
  "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":3,\"content_block\":{\"type\":\"tool_use\",\"id\":\"call_t\",\"name\":\"get_time\",\"input\":{}}}\n\n",
  "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":3,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"zone\\\":\\\"CET\\\"}\"}}\n\n",
  "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":3}\n\n",
  "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":50}}\n\n",
  "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n",
].join('');

/** Reasoning_content (DeepSeek style), text, two parallel tool calls, then a usage-only chunk. */
export const openaiChatStream = [
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"Need weather and time — \"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"both 🌍.\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Checking both — \"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"un moment ☕.\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_w\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"city\\\": \\\"Par\"}}]},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"is\\\"}\"}}]},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":1,\"id\":\"call_t\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{\\\"zone\\\":\\\"CET\\\"}\"}}]},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"tool_calls\"}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[],\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":50,\"total_tokens\":170,\"prompt_tokens_details\":{\"cached_tokens\":20},\"completion_tokens_details\":{\"reasoning_tokens\":12}}}\n\n",
  "data: [DONE]\n\n",
].join('');

/** A reasoning item with encrypted content, a message, two function calls. */
export const openaiResponsesStream = [
  "event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":{\"id\":\"resp_abc\",\"object\":\"response\",\"created_at\":1732230000,\"status\":\"in_progress\",\"model\":\"gpt-5-codex\",\"output\":[]}}\n\n",
  "event: response.in_progress\ndata: {\"type\":\"response.in_progress\",\"sequence_number\":1,\"response\":{\"id\":\"resp_abc\",\"object\":\"response\",\"created_at\":1732230000,\"status\":\"in_progress\",\"model\":\"gpt-5-codex\",\"output\":[]}}\n\n",
  "event: response.output_item.added\ndata: {\"type\":\"response.output_item.added\",\"sequence_number\":2,\"output_index\":0,\"item\":{\"id\":\"rs_1\",\"type\":\"reasoning\",\"summary\":[]}}\n\n",
  "event: response.reasoning_summary_part.added\ndata: {\"type\":\"response.reasoning_summary_part.added\",\"sequence_number\":3,\"item_id\":\"rs_1\",\"output_index\":0,\"summary_index\":0,\"part\":{\"type\":\"summary_text\",\"text\":\"\"}}\n\n",
  "event: response.reasoning_summary_text.delta\ndata: {\"type\":\"response.reasoning_summary_text.delta\",\"sequence_number\":4,\"item_id\":\"rs_1\",\"output_index\":0,\"summary_index\":0,\"delta\":\"Need weather and time — \"}\n\n",
  "event: response.reasoning_summary_text.delta\ndata: {\"type\":\"response.reasoning_summary_text.delta\",\"sequence_number\":5,\"item_id\":\"rs_1\",\"output_index\":0,\"summary_index\":0,\"delta\":\"both 🌍.\"}\n\n",
  "event: response.reasoning_summary_text.done\ndata: {\"type\":\"response.reasoning_summary_text.done\",\"sequence_number\":6,\"item_id\":\"rs_1\",\"output_index\":0,\"summary_index\":0,\"text\":\"Need weather and time — both 🌍.\"}\n\n",
  "event: response.reasoning_summary_part.done\ndata: {\"type\":\"response.reasoning_summary_part.done\",\"sequence_number\":7,\"item_id\":\"rs_1\",\"output_index\":0,\"summary_index\":0,\"part\":{\"type\":\"summary_text\",\"text\":\"Need weather and time — both 🌍.\"}}\n\n",
  "event: response.output_item.done\ndata: {\"type\":\"response.output_item.done\",\"sequence_number\":8,\"output_index\":0,\"item\":{\"id\":\"rs_1\",\"type\":\"reasoning\",\"summary\":[{\"type\":\"summary_text\",\"text\":\"Need weather and time — both 🌍.\"}],\"encrypted_content\":\"gAAAAABo-encrypted==\"}}\n\n",
  "event: response.output_item.added\ndata: {\"type\":\"response.output_item.added\",\"sequence_number\":9,\"output_index\":1,\"item\":{\"id\":\"msg_1\",\"type\":\"message\",\"status\":\"in_progress\",\"role\":\"assistant\",\"content\":[]}}\n\n",
  "event: response.content_part.added\ndata: {\"type\":\"response.content_part.added\",\"sequence_number\":10,\"item_id\":\"msg_1\",\"output_index\":1,\"content_index\":0,\"part\":{\"type\":\"output_text\",\"annotations\":[],\"text\":\"\"}}\n\n",
  "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":11,\"item_id\":\"msg_1\",\"output_index\":1,\"content_index\":0,\"delta\":\"Checking both — \"}\n\n",
  "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":12,\"item_id\":\"msg_1\",\"output_index\":1,\"content_index\":0,\"delta\":\"un moment ☕.\"}\n\n",
  "event: response.output_text.done\ndata: {\"type\":\"response.output_text.done\",\"sequence_number\":13,\"item_id\":\"msg_1\",\"output_index\":1,\"content_index\":0,\"text\":\"Checking both — un moment ☕.\"}\n\n",
  "event: response.content_part.done\ndata: {\"type\":\"response.content_part.done\",\"sequence_number\":14,\"item_id\":\"msg_1\",\"output_index\":1,\"content_index\":0,\"part\":{\"type\":\"output_text\",\"annotations\":[],\"text\":\"Checking both — un moment ☕.\"}}\n\n",
  "event: response.output_item.done\ndata: {\"type\":\"response.output_item.done\",\"sequence_number\":15,\"output_index\":1,\"item\":{\"id\":\"msg_1\",\"type\":\"message\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"annotations\":[],\"text\":\"Checking both — un moment ☕.\"}]}}\n\n",
  "event: response.output_item.added\ndata: {\"type\":\"response.output_item.added\",\"sequence_number\":16,\"output_index\":2,\"item\":{\"id\":\"fc_1\",\"type\":\"function_call\",\"status\":\"in_progress\",\"arguments\":\"\",\"call_id\":\"call_w\",\"name\":\"get_weather\"}}\n\n",
  "event: response.function_call_arguments.delta\ndata: {\"type\":\"response.function_call_arguments.delta\",\"sequence_number\":17,\"item_id\":\"fc_1\",\"output_index\":2,\"delta\":\"{\\\"city\\\": \\\"Par\"}\n\n",
  "event: response.function_call_arguments.delta\ndata: {\"type\":\"response.function_call_arguments.delta\",\"sequence_number\":18,\"item_id\":\"fc_1\",\"output_index\":2,\"delta\":\"is\\\"}\"}\n\n",
  "event: response.function_call_arguments.done\ndata: {\"type\":\"response.function_call_arguments.done\",\"sequence_number\":19,\"item_id\":\"fc_1\",\"output_index\":2,\"arguments\":\"{\\\"city\\\": \\\"Paris\\\"}\"}\n\n",
  "event: response.output_item.done\ndata: {\"type\":\"response.output_item.done\",\"sequence_number\":20,\"output_index\":2,\"item\":{\"id\":\"fc_1\",\"type\":\"function_call\",\"status\":\"completed\",\"arguments\":\"{\\\"city\\\": \\\"Paris\\\"}\",\"call_id\":\"call_w\",\"name\":\"get_weather\"}}\n\n",
  "event: response.output_item.added\ndata: {\"type\":\"response.output_item.added\",\"sequence_number\":21,\"output_index\":3,\"item\":{\"id\":\"fc_2\",\"type\":\"function_call\",\"status\":\"in_progress\",\"arguments\":\"\",\"call_id\":\"call_t\",\"name\":\"get_time\"}}\n\n",
  "event: response.function_call_arguments.delta\ndata: {\"type\":\"response.function_call_arguments.delta\",\"sequence_number\":22,\"item_id\":\"fc_2\",\"output_index\":3,\"delta\":\"{\\\"zone\\\":\\\"CET\\\"}\"}\n\n",
  "event: response.function_call_arguments.done\ndata: {\"type\":\"response.function_call_arguments.done\",\"sequence_number\":23,\"item_id\":\"fc_2\",\"output_index\":3,\"arguments\":\"{\\\"zone\\\":\\\"CET\\\"}\"}\n\n",
  "event: response.output_item.done\ndata: {\"type\":\"response.output_item.done\",\"sequence_number\":24,\"output_index\":3,\"item\":{\"id\":\"fc_2\",\"type\":\"function_call\",\"status\":\"completed\",\"arguments\":\"{\\\"zone\\\":\\\"CET\\\"}\",\"call_id\":\"call_t\",\"name\":\"get_time\"}}\n\n",
  "event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":25,\"response\":{\"id\":\"resp_abc\",\"object\":\"response\",\"created_at\":1732230000,\"status\":\"completed\",\"model\":\"gpt-5-codex\",\"output\":[{\"id\":\"rs_1\",\"type\":\"reasoning\",\"summary\":[{\"type\":\"summary_text\",\"text\":\"Need weather and time — both 🌍.\"}],\"encrypted_content\":\"gAAAAABo-encrypted==\"},{\"id\":\"msg_1\",\"type\":\"message\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"annotations\":[],\"text\":\"Checking both — un moment ☕.\"}]},{\"id\":\"fc_1\",\"type\":\"function_call\",\"status\":\"completed\",\"arguments\":\"{\\\"city\\\": \\\"Paris\\\"}\",\"call_id\":\"call_w\",\"name\":\"get_weather\"},{\"id\":\"fc_2\",\"type\":\"function_call\",\"status\":\"completed\",\"arguments\":\"{\\\"zone\\\":\\\"CET\\\"}\",\"call_id\":\"call_t\",\"name\":\"get_time\"}],\"usage\":{\"input_tokens\":120,\"input_tokens_details\":{\"cached_tokens\":20},\"output_tokens\":50,\"output_tokens_details\":{\"reasoning_tokens\":12},\"total_tokens\":170}}}\n\n",
].join('');

/** A thought, text, then two whole function calls with the finish reason (CRLF framing). */
export const geminiStream = [
  "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Need weather and time — both 🌍.\",\"thought\":true}],\"role\":\"model\"},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":120,\"totalTokenCount\":120,\"cachedContentTokenCount\":20},\"modelVersion\":\"gemini-2.5-pro\",\"responseId\":\"Ab3xZ-resp\"}\r\n\r\n",
  "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Checking both — \"}],\"role\":\"model\"},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":120,\"totalTokenCount\":120,\"cachedContentTokenCount\":20},\"modelVersion\":\"gemini-2.5-pro\",\"responseId\":\"Ab3xZ-resp\"}\r\n\r\n",
  "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"un moment ☕.\"}],\"role\":\"model\"},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":120,\"totalTokenCount\":120,\"cachedContentTokenCount\":20},\"modelVersion\":\"gemini-2.5-pro\",\"responseId\":\"Ab3xZ-resp\"}\r\n\r\n",
  "data: {\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":{\"name\":\"get_weather\",\"args\":{\"city\":\"Paris\"}},\"thoughtSignature\":\"CiQBcsjafE9sig\"},{\"functionCall\":{\"name\":\"get_time\",\"args\":{\"zone\":\"CET\"}}}],\"role\":\"model\"},\"index\":0,\"finishReason\":\"STOP\"}],\"usageMetadata\":{\"promptTokenCount\":120,\"candidatesTokenCount\":38,\"totalTokenCount\":170,\"cachedContentTokenCount\":20,\"thoughtsTokenCount\":12},\"modelVersion\":\"gemini-2.5-pro\",\"responseId\":\"Ab3xZ-resp\"}\r\n\r\n",
].join('');

/** The same answer inside code-assist {response, traceId} envelopes. */
export const geminiCliStream = [
  "data: {\"response\":{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Need weather and time — both 🌍.\",\"thought\":true}],\"role\":\"model\"},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":120,\"totalTokenCount\":120,\"cachedContentTokenCount\":20},\"modelVersion\":\"gemini-2.5-pro\",\"responseId\":\"Ab3xZ-resp\"},\"traceId\":\"trace-1\"}\r\n\r\n",
  "data: {\"response\":{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Checking both — \"}],\"role\":\"model\"},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":120,\"totalTokenCount\":120,\"cachedContentTokenCount\":20},\"modelVersion\":\"gemini-2.5-pro\",\"responseId\":\"Ab3xZ-resp\"},\"traceId\":\"trace-1\"}\r\n\r\n",
  "data: {\"response\":{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"un moment ☕.\"}],\"role\":\"model\"},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":120,\"totalTokenCount\":120,\"cachedContentTokenCount\":20},\"modelVersion\":\"gemini-2.5-pro\",\"responseId\":\"Ab3xZ-resp\"},\"traceId\":\"trace-1\"}\r\n\r\n",
  "data: {\"response\":{\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":{\"name\":\"get_weather\",\"args\":{\"city\":\"Paris\"}},\"thoughtSignature\":\"CiQBcsjafE9sig\"},{\"functionCall\":{\"name\":\"get_time\",\"args\":{\"zone\":\"CET\"}}}],\"role\":\"model\"},\"index\":0,\"finishReason\":\"STOP\"}],\"usageMetadata\":{\"promptTokenCount\":120,\"candidatesTokenCount\":38,\"totalTokenCount\":170,\"cachedContentTokenCount\":20,\"thoughtsTokenCount\":12},\"modelVersion\":\"gemini-2.5-pro\",\"responseId\":\"Ab3xZ-resp\"},\"traceId\":\"trace-1\"}\r\n\r\n",
].join('');

/** An overloaded error after the first text. */
export const anthropicStreamError = [
  "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_02\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}\n\n",
  "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n",
  "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Partial — \"}}\n\n",
  "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n",
].join('');

/** A rate-limit error chunk after the first text. */
export const openaiChatStreamError = [
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1732230000,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Partial — \"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
  "data: {\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"rate_limit_error\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}\n\n",
].join('');

/** Response.failed after the first text. */
export const openaiResponsesStreamError = [
  "event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":{\"id\":\"resp_abc\",\"object\":\"response\",\"created_at\":1732230000,\"status\":\"in_progress\",\"model\":\"gpt-5-codex\",\"output\":[]}}\n\n",
  "event: response.output_item.added\ndata: {\"type\":\"response.output_item.added\",\"sequence_number\":1,\"output_index\":0,\"item\":{\"id\":\"msg_1\",\"type\":\"message\",\"status\":\"in_progress\",\"role\":\"assistant\",\"content\":[]}}\n\n",
  "event: response.content_part.added\ndata: {\"type\":\"response.content_part.added\",\"sequence_number\":2,\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"part\":{\"type\":\"output_text\",\"annotations\":[],\"text\":\"\"}}\n\n",
  "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":3,\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Partial — \"}\n\n",
  "event: response.failed\ndata: {\"type\":\"response.failed\",\"sequence_number\":4,\"response\":{\"id\":\"resp_abc\",\"object\":\"response\",\"created_at\":1732230000,\"status\":\"failed\",\"model\":\"gpt-5-codex\",\"output\":[],\"error\":{\"code\":\"server_error\",\"message\":\"The model failed to generate a response.\"}}}\n\n",
].join('');

/** A 503 error object after the first text. */
export const geminiStreamError = [
  "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Partial — \"}],\"role\":\"model\"},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":120,\"totalTokenCount\":120,\"cachedContentTokenCount\":20},\"modelVersion\":\"gemini-2.5-pro\",\"responseId\":\"Ab3xZ-resp\"}\r\n\r\n",
  "data: {\"error\":{\"code\":503,\"message\":\"The model is overloaded. Please try again later.\",\"status\":\"UNAVAILABLE\"}}\r\n\r\n",
].join('');

/** One full answer per upstream format: the same content, so conversions can be compared. */
export const recordedStreams: Record<WireFormat, string> = {
  'anthropic': anthropicStream,
  'openai-chat': openaiChatStream,
  'openai-responses': openaiResponsesStream,
  'gemini': geminiStream,
  'gemini-cli': geminiCliStream,
};

/** Streams that fail midway, for every format that reports errors inside a stream. */
export const recordedErrorStreams: Partial<Record<WireFormat, string>> = {
  'anthropic': anthropicStreamError,
  'openai-chat': openaiChatStreamError,
  'openai-responses': openaiResponsesStreamError,
  'gemini': geminiStreamError,
};
