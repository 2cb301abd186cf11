// Anthropic Messages wire format (docs.anthropic.com/en/api/messages and /messages-streaming).
import { arrayField, collectText, isRecord, stringField, textOfContent } from './conversation.ts';
import type { Conversation } from './conversation.ts';
import { errorMessageOf, opaqueToken } from './generation-format.ts';
import type { GenerationFormat, MockCall, MockError, StreamFrame } from './generation-format.ts';
import type { ReplyPlan } from './plan-reply.ts';
import { splitEvenly, splitWords } from './split-text.ts';
import type { MockUsage } from './usage.ts';

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};

export function anthropicErrorBody(error: MockError): { type: 'error'; error: { type: string; message: string }; request_id: string } {
  const type = error.type ?? ERROR_TYPES[error.status] ?? (error.status >= 500 ? 'api_error' : 'invalid_request_error');
  return { type: 'error', error: { type, message: errorMessageOf(error) }, request_id: 'req_mock' };
}

export function readAnthropicConversation(body: unknown): Conversation {
  const last = arrayField(body, 'messages').at(-1);
  const blocks = arrayField(last, 'content');
  const toolResults = blocks.filter((block) => stringField(block, 'type') === 'tool_result');
  const thinking = isRecord(body) && isRecord(body.thinking) ? body.thinking : {};
  const thinkingType = stringField(thinking, 'type');
  return {
    model: stringField(body, 'model') ?? '',
    lastUserText:
      toolResults.length > 0
        ? toolResults.map((block) => textOfContent(isRecord(block) ? block.content : '')).join('\n')
        : userTextOf(last),
    lastTurnIsToolResult: toolResults.length > 0,
    tools: arrayField(body, 'tools')
      .filter((tool) => isRecord(tool) && tool.input_schema !== undefined)
      .map((tool) => ({ name: stringField(tool, 'name') ?? '', schema: isRecord(tool) ? tool.input_schema : {} })),
    reasoning: {
      enabled: thinkingType === 'enabled' || thinkingType === 'adaptive',
      visible: stringField(thinking, 'display') !== 'omitted',
    },
    promptText: collectText(isRecord(body) ? [body.system, body.messages, body.tools] : []),
  };
}

/** Claude Code puts reminders in earlier text blocks; the prompt itself is the last one. */
function userTextOf(message: unknown): string {
  const content = isRecord(message) ? message.content : undefined;
  if (typeof content === 'string') return content;
  const texts = arrayField(message, 'content').filter((block) => stringField(block, 'type') === 'text');
  return stringField(texts.at(-1), 'text') ?? '';
}

function usageOf(usage: MockUsage, outputTokens: number): Record<string, unknown> {
  return {
    input_tokens: usage.input,
    cache_creation_input_tokens: usage.cacheWrite5m + usage.cacheWrite1h,
    cache_read_input_tokens: usage.cacheRead,
    cache_creation: { ephemeral_5m_input_tokens: usage.cacheWrite5m, ephemeral_1h_input_tokens: usage.cacheWrite1h },
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}

type Block = Record<string, unknown>;

/** The finished content blocks, in the order the stream announces them. */
function contentBlocks(plan: ReplyPlan): Block[] {
  const blocks: Block[] = [];
  if (plan.reasoningText !== '') {
    const thinking = plan.showReasoning ? plan.reasoningText : '';
    blocks.push({ type: 'thinking', thinking, signature: opaqueToken('signature', plan.seed) });
  }
  if (plan.text !== '' || plan.toolCalls.length === 0) blocks.push({ type: 'text', text: plan.text });
  for (const call of plan.toolCalls) {
    blocks.push({ type: 'tool_use', id: `toolu_${call.id}`, name: call.name, input: call.arguments });
  }
  return blocks;
}

function messageId(plan: ReplyPlan): string {
  return `msg_${plan.seed.slice(0, 24)}`;
}

function stopReason(plan: ReplyPlan): string {
  return plan.toolCalls.length > 0 ? 'tool_use' : 'end_turn';
}

function renderResponse(plan: ReplyPlan): unknown {
  return {
    id: messageId(plan),
    type: 'message',
    role: 'assistant',
    model: plan.model,
    content: contentBlocks(plan),
    stop_reason: stopReason(plan),
    stop_sequence: null,
    usage: usageOf(plan.usage, plan.usage.output + plan.usage.reasoning),
  };
}

/** The empty block content_block_start carries, and the deltas that fill it. */
function blockEvents(block: Block, index: number): StreamFrame[] {
  const event = (type: string, data: Record<string, unknown>): StreamFrame => ({ event: type, data: { type, index, ...data } });
  const delta = (value: Record<string, unknown>) => event('content_block_delta', { delta: value });
  if (block.type === 'thinking') {
    const text = String(block.thinking);
    return [
      event('content_block_start', { content_block: { type: 'thinking', thinking: '', signature: '' } }),
      ...splitWords(text).map((piece) => delta({ type: 'thinking_delta', thinking: piece })),
      delta({ type: 'signature_delta', signature: block.signature }),
    ];
  }
  if (block.type === 'tool_use') {
    const json = JSON.stringify(block.input);
    return [
      event('content_block_start', { content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} } }),
      ...['', ...splitEvenly(json, 3)].map((piece) => delta({ type: 'input_json_delta', partial_json: piece })),
    ];
  }
  return [
    event('content_block_start', { content_block: { type: 'text', text: '' } }),
    ...splitWords(String(block.text)).map((piece) => delta({ type: 'text_delta', text: piece })),
  ];
}

function renderStream(plan: ReplyPlan): StreamFrame[] {
  const usage = usageOf(plan.usage, 1);
  const frames: StreamFrame[] = [
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: { id: messageId(plan), type: 'message', role: 'assistant', model: plan.model, content: [], stop_reason: null, stop_sequence: null, usage },
      },
    },
  ];
  contentBlocks(plan).forEach((block, index) => {
    const [start, ...deltas] = blockEvents(block, index);
    if (start !== undefined) frames.push(start);
    if (index === 0) frames.push({ event: 'ping', data: { type: 'ping' } });
    frames.push(...deltas, { event: 'content_block_stop', data: { type: 'content_block_stop', index } });
  });
  const { cache_creation: _unused, service_tier: _tier, ...deltaUsage } = usageOf(plan.usage, plan.usage.output + plan.usage.reasoning);
  frames.push(
    { event: 'message_delta', data: { type: 'message_delta', delta: { stop_reason: stopReason(plan), stop_sequence: null }, usage: deltaUsage } },
    { event: 'message_stop', data: { type: 'message_stop' } },
  );
  return frames;
}

export const anthropicMessages: GenerationFormat = {
  isStream: (call: MockCall) => isRecord(call.body) && call.body.stream === true,
  encoding: () => 'sse',
  readConversation: (call) => readAnthropicConversation(call.body),
  renderResponse,
  renderStream,
  renderStreamError: (error) => ({ event: 'error', data: { type: 'error', error: anthropicErrorBody(error).error } }),
  renderError: (error) => ({ status: error.status, body: anthropicErrorBody(error) }),
};
