// One model answer (text plus two parallel tool calls, with cached prompt tokens) written by hand in
// every format, following each vendor's API reference. Converting one into another must give the other.
import type { WireFormat } from '../format.ts';

type Body = Record<string, unknown>;
const id = 'resp_1';
const model = 'test-model';
const calls = [
  { id: 'call_w', name: 'get_weather', args: { city: 'Paris' } },
  { id: 'call_t', name: 'get_time', args: { zone: 'CET' } },
];

const gemini: Body = {
  candidates: [
    {
      content: {
        role: 'model',
        parts: [{ text: 'Checking both — ☕.' }, ...calls.map((c) => ({ functionCall: { id: c.id, name: c.name, args: c.args } }))],
      },
      finishReason: 'STOP',
      index: 0,
    },
  ],
  usageMetadata: { promptTokenCount: 120, candidatesTokenCount: 50, totalTokenCount: 170, cachedContentTokenCount: 20 },
  modelVersion: model,
  responseId: id,
};

export const toolCallResponses: Record<WireFormat, Body> = {
  anthropic: {
    id,
    type: 'message',
    role: 'assistant',
    model,
    content: [
      { type: 'text', text: 'Checking both — ☕.' },
      ...calls.map((c) => ({ type: 'tool_use', id: c.id, name: c.name, input: c.args })),
    ],
    stop_reason: 'tool_use',
    stop_sequence: null,
    usage: {
      input_tokens: 100,
      output_tokens: 50,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 20,
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
    },
  },
  'openai-chat': {
    id,
    object: 'chat.completion',
    created: 0,
    model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: 'Checking both — ☕.',
          tool_calls: calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.args) } })),
        },
        finish_reason: 'tool_calls',
        logprobs: null,
      },
    ],
    usage: {
      prompt_tokens: 120,
      completion_tokens: 50,
      total_tokens: 170,
      prompt_tokens_details: { cached_tokens: 20 },
      completion_tokens_details: { reasoning_tokens: 0 },
    },
  },
  'openai-responses': {
    id,
    object: 'response',
    created_at: 0,
    status: 'completed',
    model,
    output: [
      {
        id: 'msg_resp1_0',
        type: 'message',
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'Checking both — ☕.', annotations: [] }],
      },
      ...calls.map((c, i) => ({
        id: `fc_resp1_${i + 1}`,
        type: 'function_call',
        status: 'completed',
        call_id: c.id,
        name: c.name,
        arguments: JSON.stringify(c.args),
      })),
    ],
    incomplete_details: null,
    usage: {
      input_tokens: 120,
      input_tokens_details: { cached_tokens: 20 },
      output_tokens: 50,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: 170,
    },
  },
  gemini,
  'gemini-cli': { response: gemini },
};
