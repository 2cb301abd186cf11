// Recorded OpenAI Responses payloads (shapes from the API reference and streaming events guide).

export const responsesBody = {
  id: 'resp_67ccd3a9da748190baa7f1570fe91ac6',
  object: 'response',
  created_at: 1741476777,
  status: 'completed',
  model: 'gpt-5-codex',
  output: [
    { id: 'rs_1', type: 'reasoning', summary: [], encrypted_content: 'gAAAA...' },
    {
      id: 'msg_1',
      type: 'message',
      status: 'completed',
      role: 'assistant',
      content: [{ type: 'output_text', text: 'Done.', annotations: [] }],
    },
  ],
  usage: {
    input_tokens: 32406,
    input_tokens_details: { cached_tokens: 31744 },
    output_tokens: 1210,
    output_tokens_details: { reasoning_tokens: 1088 },
    total_tokens: 33616,
  },
};

/** A Codex turn: usage is null until response.completed. */
export const responsesStream = `event: response.created
data: {"type":"response.created","sequence_number":0,"response":{"id":"resp_68a1","object":"response","created_at":1755600000,"status":"in_progress","model":"gpt-5.1-codex","output":[],"usage":null}}

event: response.in_progress
data: {"type":"response.in_progress","sequence_number":1,"response":{"id":"resp_68a1","object":"response","created_at":1755600000,"status":"in_progress","model":"gpt-5.1-codex","output":[],"usage":null}}

event: response.output_item.added
data: {"type":"response.output_item.added","sequence_number":2,"output_index":0,"item":{"id":"rs_68a1","type":"reasoning","summary":[]}}

event: response.output_item.done
data: {"type":"response.output_item.done","sequence_number":3,"output_index":0,"item":{"id":"rs_68a1","type":"reasoning","summary":[],"encrypted_content":"gAAAAB..."}}

event: response.output_item.added
data: {"type":"response.output_item.added","sequence_number":4,"output_index":1,"item":{"id":"fc_68a1","type":"function_call","status":"in_progress","arguments":"","call_id":"call_Q1","name":"shell"}}

event: response.function_call_arguments.delta
data: {"type":"response.function_call_arguments.delta","sequence_number":5,"item_id":"fc_68a1","output_index":1,"delta":"{\\"command\\":[\\"ls\\"]}"}

event: response.output_item.done
data: {"type":"response.output_item.done","sequence_number":6,"output_index":1,"item":{"id":"fc_68a1","type":"function_call","status":"completed","arguments":"{\\"command\\":[\\"ls\\"]}","call_id":"call_Q1","name":"shell"}}

event: response.completed
data: {"type":"response.completed","sequence_number":7,"response":{"id":"resp_68a1","object":"response","created_at":1755600000,"status":"completed","model":"gpt-5.1-codex","output":[],"usage":{"input_tokens":15873,"input_tokens_details":{"cached_tokens":14208},"output_tokens":412,"output_tokens_details":{"reasoning_tokens":320},"total_tokens":16285}}}

`;

/** Cut short by max_output_tokens: usage arrives in response.incomplete. */
export const responsesIncompleteStream = `event: response.created
data: {"type":"response.created","sequence_number":0,"response":{"id":"resp_inc","status":"in_progress","usage":null}}

event: response.incomplete
data: {"type":"response.incomplete","sequence_number":9,"response":{"id":"resp_inc","status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},"usage":{"input_tokens":800,"input_tokens_details":{"cached_tokens":0},"output_tokens":256,"output_tokens_details":{"reasoning_tokens":256},"total_tokens":1056}}}

`;

/** A failed response still bills what was processed. */
export const responsesFailedStream = `event: response.created
data: {"type":"response.created","sequence_number":0,"response":{"id":"resp_fail","status":"in_progress","usage":null}}

event: response.failed
data: {"type":"response.failed","sequence_number":4,"response":{"id":"resp_fail","status":"failed","error":{"code":"server_error","message":"The model failed."},"usage":{"input_tokens":640,"input_tokens_details":{"cached_tokens":512},"output_tokens":3,"output_tokens_details":{"reasoning_tokens":0},"total_tokens":643}}}

`;

/** GPT-5.6 reports prompt-cache writes, also counted inside input_tokens. */
export const responsesBodyWithCacheWrite = {
  id: 'resp_cw',
  object: 'response',
  status: 'completed',
  model: 'gpt-5.6-sol',
  output: [],
  usage: {
    input_tokens: 3500,
    input_tokens_details: { cached_tokens: 0, cache_write_tokens: 3207 },
    output_tokens: 50,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: 3550,
  },
};
