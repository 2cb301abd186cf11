// OpenAI Chat Completions request → neutral request. Leading system/developer messages become the
// system prompt; tool messages become tool results in a user turn, as in the neutral form.
import { imageSourceFromUrl } from '../ir/data-url.ts';
import type { ContentBlock, ImageBlock, TextBlock } from '../ir/content.ts';
import { isReasoningEffort } from '../ir/effort-budget.ts';
import { splitLeadingSystem } from '../ir/split-leading-system.ts';
import { extensionsOf, unknownFields } from '../ir/extensions.ts';
import type { IrRequest, Message, ToolChoice, ToolDefinition } from '../ir/request.ts';
import { parseWire } from '../parse-wire.ts';
import { request as requestSchema, type WireContentPart, type WireMessage, type WireRequest, type WireTool } from './wire.ts';

const neutralFields = [
  'model', 'messages', 'tools', 'tool_choice', 'parallel_tool_calls', 'max_tokens', 'max_completion_tokens',
  'temperature', 'top_p', 'stop', 'stream', 'stream_options', 'user', 'metadata', 'reasoning_effort',
];

const parsePart = (part: WireContentPart): ContentBlock => {
  const raw = part as WireContentPart & Record<string, unknown>;
  if (raw.type === 'text') {
    // Some Chat-compatible gateways accept Anthropic-style cache_control on text parts; it must survive.
    const extensions = extensionsOf('openai-chat', unknownFields(raw, ['type', 'text']));
    return { type: 'text', text: String(raw.text), ...(extensions ? { extensions } : {}) };
  }
  if (raw.type === 'image_url') {
    const image = raw.image_url as { url: string } & Record<string, unknown>;
    const extensions = extensionsOf('openai-chat', unknownFields(image, ['url']));
    return { type: 'image', source: imageSourceFromUrl(image.url), ...(extensions ? { extensions } : {}) };
  }
  return { type: 'opaque', format: 'openai-chat', value: part };
};

const parseContent = (content: WireMessage['content']): ContentBlock[] => {
  if (content == null) return [];
  return typeof content === 'string' ? (content === '' ? [] : [{ type: 'text', text: content }]) : content.map(parsePart);
};

/** DeepSeek-style reasoning_content, marked so only a Chat provider gets it back. */
export const chatReasoning = (text: string | null | undefined): ContentBlock[] =>
  text ? [{ type: 'reasoning', text, extensions: { 'openai-chat': {} } }] : [];

const parseAssistant = (message: WireMessage): ContentBlock[] => [
  ...chatReasoning(message.reasoning_content),
  ...parseContent(message.content),
  ...(message.tool_calls ?? []).map((call) => ({
    type: 'tool-call' as const,
    id: call.id,
    name: call.function.name,
    arguments: call.function.arguments ?? '',
  })),
];

const parseMessage = (message: WireMessage): Message => {
  const known = ['role', 'content', 'tool_calls', 'tool_call_id', 'reasoning_content'];
  const extensions = extensionsOf('openai-chat', unknownFields(message, known));
  const base = extensions !== undefined ? { extensions } : {};
  switch (message.role) {
    case 'assistant':
      return { role: 'assistant', content: parseAssistant(message), ...base };
    case 'tool': {
      const content = parseContent(message.content).filter((b): b is TextBlock | ImageBlock => b.type === 'text' || b.type === 'image');
      return { role: 'user', content: [{ type: 'tool-result', toolCallId: message.tool_call_id ?? '', content }], ...base };
    }
    case 'user':
      return { role: 'user', content: parseContent(message.content), ...base };
    default:
      // The role (system or developer) is kept so a Chat provider gets the same message back.
      return {
        role: 'system',
        content: parseContent(message.content),
        extensions: { 'openai-chat': { ...base.extensions?.['openai-chat'], role: message.role } },
      };
  }
};

const parseTool = (tool: WireTool): ToolDefinition => {
  if (tool.type !== 'function' || tool.function === undefined) return { kind: 'native', format: 'openai-chat', value: tool };
  const fn = tool.function;
  const extensions = extensionsOf('openai-chat', unknownFields(fn, ['name', 'description', 'parameters']));
  return {
    kind: 'function',
    name: fn.name,
    ...(fn.description !== undefined ? { description: fn.description } : {}),
    parameters: fn.parameters ?? { type: 'object', properties: {} },
    ...(extensions !== undefined ? { extensions } : {}),
  };
};

const parseToolChoice = (choice: WireRequest['tool_choice']): ToolChoice | undefined => {
  if (choice === undefined) return undefined;
  return typeof choice === 'string' ? { type: choice } : { type: 'tool', name: choice.function.name };
};

export const parseChatRequest = (body: unknown): IrRequest => {
  const wire = parseWire(requestSchema, body, 'OpenAI Chat Completions request');
  const { system, rest } = splitLeadingSystem(wire.messages.map(parseMessage));
  const toolChoice = parseToolChoice(wire.tool_choice);
  const maxTokens = wire.max_completion_tokens ?? wire.max_tokens;
  const effort = wire.reasoning_effort;
  const extensions = extensionsOf('openai-chat', unknownFields(wire, neutralFields));
  return {
    model: wire.model,
    system,
    messages: rest,
    tools: (wire.tools ?? []).map(parseTool),
    stream: wire.stream === true,
    ...(toolChoice !== undefined ? { toolChoice } : {}),
    ...(wire.parallel_tool_calls !== undefined ? { parallelToolCalls: wire.parallel_tool_calls } : {}),
    ...(maxTokens != null ? { maxTokens } : {}),
    ...(wire.temperature != null ? { temperature: wire.temperature } : {}),
    ...(wire.top_p != null ? { topP: wire.top_p } : {}),
    ...(wire.stop != null ? { stopSequences: typeof wire.stop === 'string' ? [wire.stop] : wire.stop } : {}),
    ...(isReasoningEffort(effort) ? { reasoning: { enabled: true, effort } } : effort === 'none' ? { reasoning: { enabled: false } } : {}),
    ...(wire.user !== undefined ? { user: wire.user } : {}),
    ...(wire.metadata != null ? { metadata: wire.metadata } : {}),
    ...(extensions !== undefined ? { extensions } : {}),
  };
};
