// Neutral request → OpenAI Chat Completions request. Tool results become `tool` messages placed
// right after the assistant turn that called them.
import type { ContentBlock, ImageBlock, TextBlock, ToolResultBlock } from '../ir/content.ts';
import { urlFromImageSource } from '../ir/data-url.ts';
import { extensionsFor } from '../ir/extensions.ts';
import { mergeAdjacentRoles } from '../ir/merge-adjacent-roles.ts';
import type { IrRequest, Message, ToolChoice, ToolDefinition } from '../ir/request.ts';
import { openAiUser } from './openai-user.ts';
import { openAiSampling } from './sampling.ts';

type Rendered = Record<string, unknown>;

const renderPart = (block: TextBlock | ImageBlock): Rendered => {
  const kept = extensionsFor(block.extensions, 'openai-chat');
  if (block.type === 'text') return { type: 'text', text: block.text, ...kept };
  return { type: 'image_url', image_url: { url: urlFromImageSource(block.source), ...kept } };
};

const isPlainText = (block: TextBlock | ImageBlock): block is TextBlock =>
  block.type === 'text' && block.extensions?.['openai-chat'] === undefined;

/** Plain text stays a string, which every Chat-compatible server accepts; anything richer uses parts. */
const renderContent = (blocks: readonly ContentBlock[]): string | Rendered[] => {
  const parts = blocks.filter((b): b is TextBlock | ImageBlock => b.type === 'text' || b.type === 'image');
  if (parts.every(isPlainText)) return parts.map((part) => part.text).join('');
  return parts.map(renderPart);
};

// Chat tool messages hold text only; images in a tool result cannot be carried.
const renderToolResult = (block: ToolResultBlock): Rendered => ({
  role: 'tool',
  tool_call_id: block.toolCallId,
  content: block.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join(''),
});

const renderAssistant = (message: Message): Rendered => {
  const calls = message.content.flatMap((b) => (b.type === 'tool-call' ? [b] : []));
  const reasoning = message.content.flatMap((b) => (b.type === 'reasoning' && b.extensions?.['openai-chat'] ? [b.text] : []));
  const content = renderContent(message.content);
  return {
    role: 'assistant',
    content: content === '' && calls.length > 0 ? null : content,
    ...(reasoning.length > 0 ? { reasoning_content: reasoning.join('') } : {}),
    ...(calls.length > 0
      ? { tool_calls: calls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })) }
      : {}),
    ...extensionsFor(message.extensions, 'openai-chat'),
  };
};

const renderMessage = (message: Message): Rendered[] => {
  if (message.role === 'assistant') return [renderAssistant(message)];
  const extra = extensionsFor(message.extensions, 'openai-chat');
  if (message.role === 'system') return [{ role: 'system', content: renderContent(message.content), ...extra }];
  const results = message.content.flatMap((b) => (b.type === 'tool-result' ? [renderToolResult(b)] : []));
  const rest = message.content.filter((b) => b.type !== 'tool-result');
  const hasRest = rest.some((b) => b.type === 'text' || b.type === 'image');
  return [...results, ...(hasRest ? [{ role: 'user', content: renderContent(rest), ...extra }] : [])];
};

const renderSystem = (system: readonly TextBlock[]): Rendered[] =>
  system.map((block) => ({ role: 'system', content: block.text, ...extensionsFor(block.extensions, 'openai-chat') }));

const renderTool = (tool: ToolDefinition): Rendered | undefined => {
  if (tool.kind === 'native') return tool.format === 'openai-chat' ? (tool.value as Rendered) : undefined;
  const fn = { name: tool.name, ...(tool.description !== undefined ? { description: tool.description } : {}), parameters: tool.parameters };
  return { type: 'function', function: { ...fn, ...extensionsFor(tool.extensions, 'openai-chat') } };
};

const renderToolChoice = (choice: ToolChoice): unknown =>
  choice.type === 'tool' ? { type: 'function', function: { name: choice.name } } : choice.type;

export const renderChatRequest = (request: IrRequest): Rendered => {
  const messages = [...renderSystem(request.system), ...mergeAdjacentRoles(request.messages, 'openai-chat').flatMap(renderMessage)];
  const tools = request.tools.flatMap((tool) => renderTool(tool) ?? []);
  // Reasoning models on OpenAI reject max_tokens; most other Chat-compatible servers only know max_tokens.
  const maxTokensField = request.reasoning?.enabled === true ? 'max_completion_tokens' : 'max_tokens';
  const optional: Rendered = {
    tools: tools.length > 0 ? tools : undefined,
    tool_choice: request.toolChoice !== undefined ? renderToolChoice(request.toolChoice) : undefined,
    parallel_tool_calls: request.parallelToolCalls,
    [maxTokensField]: request.maxTokens,
    ...openAiSampling(request),
    stop: request.stopSequences,
    reasoning_effort: request.reasoning?.enabled === true ? request.reasoning.effort : undefined,
    user: openAiUser(request.user),
    metadata: request.metadata,
    // Usage arrives in streams only when asked for; the gateway needs it for billing.
    stream_options: request.stream ? { include_usage: true } : undefined,
  };
  const body: Rendered = { model: request.model, messages, stream: request.stream };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) body[key] = value;
  return { ...body, ...extensionsFor(request.extensions, 'openai-chat') };
};
