// Recorded Anthropic Messages payloads (shapes from the Messages API and streaming docs), trimmed of text.

/** A non-streaming reply that wrote to both cache TTLs and read from the cache. */
export const anthropicMessageBody = {
  id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
  type: 'message',
  role: 'assistant',
  model: 'claude-sonnet-4-5-20250929',
  content: [{ type: 'text', text: 'Hello!' }],
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: {
    input_tokens: 12,
    cache_creation_input_tokens: 3000,
    cache_read_input_tokens: 48213,
    cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
    output_tokens: 391,
    service_tier: 'standard',
    server_tool_use: null,
  },
};

/** A Claude Code turn: usage in message_start, cumulative output (and repeated input counts) in message_delta. */
export const anthropicStream = `event: message_start
data: {"type":"message_start","message":{"id":"msg_014p7gG3wDgGV9EUtLvnow3U","type":"message","role":"assistant","model":"claude-opus-4-6","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":3,"cache_creation_input_tokens":2051,"cache_read_input_tokens":84210,"cache_creation":{"ephemeral_5m_input_tokens":0,"ephemeral_1h_input_tokens":2051},"output_tokens":1,"service_tier":"standard"}}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}}

event: ping
data: {"type": "ping"}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Let me look at the file."}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: content_block_start
data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_01T1x1fJ34qAmk2tNTrN7Up6","name":"Read","input":{}}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\\"file_path\\": \\"/src/app.ts\\"}"}}

event: content_block_stop
data: {"type":"content_block_stop","index":1}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"input_tokens":3,"cache_creation_input_tokens":2051,"cache_read_input_tokens":84210,"output_tokens":187,"output_tokens_details":{"thinking_tokens":112}}}

event: message_stop
data: {"type":"message_stop"}

`;

/** An older-style stream: no TTL split, and message_delta carries only output_tokens. */
export const anthropicStreamWithoutSplit = `event: message_start
data: {"type":"message_start","message":{"id":"msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY","type":"message","role":"assistant","content":[],"model":"claude-3-7-sonnet-20250219","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":472,"cache_creation_input_tokens":1800,"cache_read_input_tokens":0,"output_tokens":2}}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Okay"}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":89}}

event: message_stop
data: {"type":"message_stop"}

`;

/** A relay that sends zeros first and the real counts only at the end, with nulls for "unchanged". */
export const anthropicStreamUsageOnlyAtEnd = `event: message_start
data: {"type":"message_start","message":{"id":"msg_relay","type":"message","role":"assistant","content":[],"model":"claude-haiku-4-5","usage":{"input_tokens":0,"output_tokens":0}}}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"input_tokens":1520,"cache_creation_input_tokens":null,"cache_read_input_tokens":6400,"output_tokens":75}}

event: message_stop
data: {"type":"message_stop"}

`;

/** An overloaded error mid-stream after message_start: the counts seen so far still stand. */
export const anthropicStreamWithError = `event: message_start
data: {"type":"message_start","message":{"id":"msg_err","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-6","usage":{"input_tokens":25,"cache_read_input_tokens":9000,"output_tokens":1}}}

event: error
data: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}

`;
