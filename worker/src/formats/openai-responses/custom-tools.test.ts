// Codex's freeform custom tools (apply_patch) carried through vendors that only know JSON functions.
import { describe, expect, it } from 'vitest';
import { parseAnthropicResponse } from '../anthropic/parse-response.ts';
import { renderAnthropicRequest } from '../anthropic/render-request.ts';
import { codecFor } from '../codecs.ts';
import { sseEventsOf, toBytes, translateBytes } from '../test-support.ts';
import { createStreamTranslation } from '../translate-stream.ts';
import { parseResponsesRequest } from './parse-request.ts';
import { renderResponsesRequest } from './render-request.ts';
import { renderResponsesResponse } from './render-response.ts';

const patch = '*** Begin Patch\n*** Add File: a.txt\n+hello\n*** End Patch';
const applyPatch = {
  type: 'custom',
  name: 'apply_patch',
  description: 'Edit files',
  format: { type: 'grammar', syntax: 'lark', definition: 'start: begin_patch hunk+ end_patch' },
};
const codexRequest = {
  model: 'gpt-5-codex',
  stream: true,
  tools: [applyPatch],
  input: [
    { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Add a.txt' }] },
    { type: 'custom_tool_call', call_id: 'call_p', name: 'apply_patch', input: patch },
    { type: 'custom_tool_call_output', call_id: 'call_p', output: 'Done' },
  ],
};
const ir = parseResponsesRequest(codexRequest);

describe('Codex custom tools', () => {
  it('render back to Responses unchanged', () => {
    expect(renderResponsesRequest(ir)).toEqual(codexRequest);
  });

  it('reach Anthropic as a function with one string input, the grammar in its description', () => {
    const body = renderAnthropicRequest(ir);
    expect(body.tools).toEqual([
      {
        name: 'apply_patch',
        description: 'Edit files\n\nThe input must follow this lark grammar:\nstart: begin_patch hunk+ end_patch',
        input_schema: {
          type: 'object',
          properties: { input: { type: 'string', description: 'The raw input for the tool, in the format described above' } },
          required: ['input'],
          additionalProperties: false,
        },
      },
    ]);
    expect(body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Add a.txt' }] },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'call_p', name: 'apply_patch', input: { input: patch } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_p', content: 'Done' }] },
    ]);
  });

  it('come back to Codex as custom_tool_call items in a whole response', () => {
    const answer = parseAnthropicResponse({
      id: 'msg_1',
      model: 'claude',
      content: [{ type: 'tool_use', id: 'toolu_9', name: 'apply_patch', input: { input: patch } }],
      stop_reason: 'tool_use',
    });
    expect(renderResponsesResponse(answer, { request: ir }).output).toEqual([
      { id: 'ctc_msg1_0', type: 'custom_tool_call', status: 'completed', call_id: 'toolu_9', name: 'apply_patch', input: patch },
    ]);
  });

  it('come back to Codex as custom_tool_call items in a stream', async () => {
    const upstream = [
      'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_2","model":"claude"}}\n\n',
      'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_9","name":"apply_patch","input":{}}}\n\n',
      `event: content_block_delta\ndata: ${JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: JSON.stringify({ input: patch }) } })}\n\n`,
      'event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n',
      'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":9}}\n\n',
      'event: message_stop\ndata: {"type":"message_stop"}\n\n',
    ].join('');
    const translation = createStreamTranslation(codecFor('anthropic'), codecFor('openai-responses'), { request: ir });
    const events = (await sseEventsOf(upstream)).flatMap((event) => translation.push(event));
    expect(events.map((e) => e.event)).not.toContain('response.function_call_arguments.delta');
    const done = events.find((e) => e.event === 'response.output_item.done');
    expect(JSON.parse(done?.data ?? '{}')).toMatchObject({
      item: { type: 'custom_tool_call', status: 'completed', call_id: 'toolu_9', name: 'apply_patch', input: patch },
    });
    // Without the client's request, the same call is an ordinary function call.
    const plain = await translateBytes([toBytes(upstream)], 'anthropic', 'openai-responses');
    expect(plain).toContain('"type":"function_call"');
  });
});
