// Neutral request → Anthropic Messages request.
import { budgetForEffort } from '../ir/effort-budget.ts';
import { extensionsFor } from '../ir/extensions.ts';
import { mergeAdjacentRoles } from '../ir/merge-adjacent-roles.ts';
import { systemTurnsAsUser } from '../ir/split-leading-system.ts';
import type { IrRequest, Message, ReasoningConfig, ToolChoice, ToolDefinition } from '../ir/request.ts';
import { renderAnthropicContent } from './render-content.ts';

// Anthropic requires max_tokens; other formats may omit it. A generous default that every current
// Claude model accepts.
const defaultMaxTokens = 8192;
const minimumThinkingBudget = 1024;

const renderTool = (tool: ToolDefinition): Record<string, unknown> | undefined => {
  if (tool.kind === 'native') return tool.format === 'anthropic' ? (tool.value as Record<string, unknown>) : undefined;
  return {
    name: tool.name,
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    input_schema: tool.parameters,
    ...extensionsFor(tool.extensions, 'anthropic'),
  };
};

const renderToolChoice = (choice: ToolChoice | undefined, parallel: boolean | undefined): Record<string, unknown> | undefined => {
  const disable = parallel === false ? { disable_parallel_tool_use: true } : {};
  if (choice === undefined) return parallel === false ? { type: 'auto', ...disable } : undefined;
  if (choice.type === 'required') return { type: 'any', ...disable };
  if (choice.type === 'tool') return { type: 'tool', name: choice.name, ...disable };
  return choice.type === 'none' ? { type: 'none' } : { type: 'auto', ...disable };
};

const renderThinking = (reasoning: ReasoningConfig | undefined, maxTokens: number): Record<string, unknown> | undefined => {
  if (reasoning?.enabled !== true) return undefined;
  const wanted = reasoning.budgetTokens ?? budgetForEffort(reasoning.effort ?? 'medium');
  // budget_tokens must stay below max_tokens and at or above Anthropic's minimum.
  return { type: 'enabled', budget_tokens: Math.max(minimumThinkingBudget, Math.min(wanted, maxTokens - 1)) };
};

// With extended thinking Anthropic accepts only temperature 1, top_p from 0.95, and no top_k
// (docs.anthropic.com, "Extended thinking"); settings meant for another vendor are dropped instead.
const renderSampling = (request: IrRequest): Record<string, number | undefined> => {
  if (request.reasoning?.enabled !== true) return { temperature: request.temperature, top_p: request.topP, top_k: request.topK };
  return {
    temperature: request.temperature === 1 ? 1 : undefined,
    top_p: request.topP !== undefined && request.topP >= 0.95 ? request.topP : undefined,
  };
};

const renderMessage = (message: Message): Record<string, unknown> => ({
  role: message.role === 'assistant' ? 'assistant' : 'user',
  content: renderAnthropicContent(message.content),
});

const renderSystem = (request: IrRequest): unknown => {
  if (request.system.length === 0) return undefined;
  const [only] = request.system;
  if (request.system.length === 1 && only !== undefined && only.extensions?.anthropic === undefined) return only.text;
  return renderAnthropicContent(request.system);
};

// Without a client limit, room is left for the thinking budget on top of the default answer length.
const maxTokensFor = (request: IrRequest): number => {
  if (request.maxTokens !== undefined) return request.maxTokens;
  const { reasoning } = request;
  if (reasoning?.enabled !== true) return defaultMaxTokens;
  return defaultMaxTokens + (reasoning.budgetTokens ?? budgetForEffort(reasoning.effort ?? 'medium'));
};

/**
 * With thinking on, Anthropic requires the last assistant turn, when it called tools, to start with a
 * signed thinking block. A history converted from another vendor has none, so thinking stays off.
 */
const historyAllowsThinking = (messages: readonly Record<string, unknown>[]): boolean => {
  const last = messages.findLast((message) => message.role === 'assistant');
  const content = (last?.content ?? []) as Record<string, unknown>[];
  if (!content.some((block) => block.type === 'tool_use')) return true;
  return content[0]?.type === 'thinking' || content[0]?.type === 'redacted_thinking';
};

export const renderAnthropicRequest = (request: IrRequest): Record<string, unknown> => {
  const messages = mergeAdjacentRoles(systemTurnsAsUser(request.messages), 'anthropic').map(renderMessage);
  if (request.reasoning?.enabled === true && !historyAllowsThinking(messages)) {
    return renderAnthropicRequest({ ...request, reasoning: { enabled: false } });
  }
  const maxTokens = maxTokensFor(request);
  const tools = request.tools.flatMap((tool) => renderTool(tool) ?? []);
  const optional: Record<string, unknown> = {
    system: renderSystem(request),
    tools: tools.length > 0 ? tools : undefined,
    tool_choice: renderToolChoice(request.toolChoice, request.parallelToolCalls),
    ...renderSampling(request),
    stop_sequences: request.stopSequences,
    thinking: renderThinking(request.reasoning, maxTokens),
    metadata: request.user !== undefined ? { user_id: request.user } : undefined,
  };
  const body: Record<string, unknown> = {
    model: request.model,
    max_tokens: maxTokens,
    messages,
    stream: request.stream,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) body[key] = value;
  return { ...body, ...extensionsFor(request.extensions, 'anthropic') };
};
