// OpenAI Chat Completions wire format (platform.openai.com/docs/api-reference/chat), with the
// `reasoning_content` deltas DeepSeek-style relays add.
import { arrayField, collectText, isRecord, stringField, textOfContent } from './conversation.ts';
import type { Conversation } from './conversation.ts';
import type { GenerationFormat, MockCall, StreamFrame } from './generation-format.ts';
import { openaiErrorBody, openaiErrorObject } from './openai-error.ts';
import type { ReplyPlan } from './plan-reply.ts';
import { splitEvenly, splitWords } from './split-text.ts';
import { totalInputTokens } from './usage.ts';
import type { MockUsage } from './usage.ts';

const SHOWS_REASONING = /deepseek|reasoner/i;

export function readChatConversation(body: unknown): Conversation {
  const last = arrayField(body, 'messages').at(-1);
  const role = stringField(last, 'role');
  const model = stringField(body, 'model') ?? '';
  const effort = stringField(body, 'reasoning_effort');
  const thinkingOn = isRecord(body) && (stringField(body.thinking, 'type') === 'enabled' || body.enable_thinking === true);
  return {
    model,
    lastUserText: textOfContent(isRecord(last) ? last.content : ''),
    lastTurnIsToolResult: role === 'tool',
    tools: arrayField(body, 'tools')
      .map((tool) => (isRecord(tool) ? tool.function : undefined))
      .filter(isRecord)
      .map((fn) => ({ name: stringField(fn, 'name') ?? '', schema: fn.parameters })),
    reasoning: {
      enabled: (effort !== undefined && effort !== 'none') || thinkingOn || SHOWS_REASONING.test(model),
      visible: thinkingOn || SHOWS_REASONING.test(model),
    },
    promptText: collectText(isRecord(body) ? [body.messages, body.tools] : []),
  };
}

export function chatUsage(usage: MockUsage): Record<string, unknown> {
  const prompt = totalInputTokens(usage);
  const completion = usage.output + usage.reasoning;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: usage.cacheRead, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: usage.reasoning, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

const callId = (plan: ReplyPlan, index: number) => `call_${plan.toolCalls[index]?.id ?? index}`;
const completionId = (plan: ReplyPlan) => `chatcmpl-${plan.seed.slice(0, 24)}`;
const finishReason = (plan: ReplyPlan) => (plan.toolCalls.length > 0 ? 'tool_calls' : 'stop');

function renderResponse(plan: ReplyPlan, call: MockCall): unknown {
  const message: Record<string, unknown> = { role: 'assistant', content: plan.text === '' ? null : plan.text, refusal: null };
  if (plan.showReasoning) message.reasoning_content = plan.reasoningText;
  if (plan.toolCalls.length > 0) {
    message.tool_calls = plan.toolCalls.map((tool, index) => ({
      id: callId(plan, index),
      type: 'function',
      function: { name: tool.name, arguments: JSON.stringify(tool.arguments) },
    }));
  }
  return {
    id: completionId(plan),
    object: 'chat.completion',
    created: Math.floor(call.now / 1000),
    model: plan.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason(plan) }],
    usage: chatUsage(plan.usage),
    service_tier: 'default',
    system_fingerprint: 'fp_mock',
  };
}

function toolCallDeltas(plan: ReplyPlan): Array<Record<string, unknown>> {
  return plan.toolCalls.flatMap((tool, index) => [
    { tool_calls: [{ index, id: callId(plan, index), type: 'function', function: { name: tool.name, arguments: '' } }] },
    ...splitEvenly(JSON.stringify(tool.arguments), 3).map((piece) => ({ tool_calls: [{ index, function: { arguments: piece } }] })),
  ]);
}

function renderStream(plan: ReplyPlan, call: MockCall): StreamFrame[] {
  const withUsage = isRecord(call.body) && isRecord(call.body.stream_options) && call.body.stream_options.include_usage === true;
  const envelope = {
    id: completionId(plan),
    object: 'chat.completion.chunk',
    created: Math.floor(call.now / 1000),
    model: plan.model,
    system_fingerprint: 'fp_mock',
  };
  // With include_usage every chunk carries `usage: null` until the last one, as OpenAI sends it.
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): StreamFrame => ({
    data: { ...envelope, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...(withUsage ? { usage: null } : {}) },
  });
  const reasoning = plan.showReasoning ? splitWords(plan.reasoningText).map((piece) => ({ reasoning_content: piece })) : [];
  const frames = [
    chunk({ role: 'assistant', content: '', refusal: null }),
    ...reasoning.map((delta) => chunk(delta)),
    ...splitWords(plan.text).map((piece) => chunk({ content: piece })),
    ...toolCallDeltas(plan).map((delta) => chunk(delta)),
    chunk({}, finishReason(plan)),
  ];
  if (withUsage) frames.push({ data: { ...envelope, choices: [], usage: chatUsage(plan.usage) } });
  frames.push({ data: '[DONE]' });
  return frames;
}

export const openaiChat: GenerationFormat = {
  isStream: (call) => isRecord(call.body) && call.body.stream === true,
  encoding: () => 'sse',
  readConversation: (call) => readChatConversation(call.body),
  renderResponse,
  renderStream,
  renderStreamError: (error) => ({ data: { error: openaiErrorObject(error) } }),
  renderError: (error) => ({ status: error.status, body: openaiErrorBody(error) }),
};
