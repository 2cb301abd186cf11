// Anthropic Messages request → neutral request.
import type { TextBlock } from '../ir/content.ts';
import { extensionsOf, unknownFields } from '../ir/extensions.ts';
import { effortForBudget } from '../ir/effort-budget.ts';
import type { IrRequest, ReasoningConfig, ToolChoice, ToolDefinition } from '../ir/request.ts';
import { parseWire } from '../parse-wire.ts';
import { parseAnthropicBlock, parseAnthropicContent } from './parse-content.ts';
import { request as requestSchema, type WireRequest, type WireTool } from './wire.ts';

// `thinking` and `metadata` map to neutral fields but also stay raw: their variants (adaptive thinking,
// display options, extra metadata keys) have no neutral meaning and must survive Anthropic → Anthropic.
const neutralFields = [
  'model', 'messages', 'system', 'max_tokens', 'tools', 'tool_choice', 'temperature', 'top_p', 'top_k',
  'stop_sequences', 'stream',
];

const parseSystem = (system: WireRequest['system']): TextBlock[] => {
  if (system === undefined) return [];
  if (typeof system === 'string') return [{ type: 'text', text: system }];
  return system.flatMap((block) => {
    const parsed = parseAnthropicBlock(block);
    return parsed?.type === 'text' ? [parsed] : [];
  });
};

const parseTool = (tool: WireTool): ToolDefinition => {
  if (tool.input_schema === undefined || (tool.type !== undefined && tool.type !== 'custom')) {
    return { kind: 'native', format: 'anthropic', value: tool };
  }
  const extensions = extensionsOf('anthropic', unknownFields(tool, ['name', 'description', 'input_schema', 'type']));
  return {
    kind: 'function',
    name: tool.name,
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    parameters: tool.input_schema,
    ...(extensions !== undefined ? { extensions } : {}),
  };
};

const parseToolChoice = (choice: WireRequest['tool_choice']): ToolChoice | undefined => {
  if (choice === undefined) return undefined;
  if (choice.type === 'any') return { type: 'required' };
  if (choice.type === 'tool') return { type: 'tool', name: choice.name ?? '' };
  return { type: choice.type };
};

const parseThinking = (thinking: WireRequest['thinking']): ReasoningConfig | undefined => {
  if (thinking === undefined) return undefined;
  if (thinking.type === 'disabled') return { enabled: false };
  const budget = thinking.budget_tokens;
  return budget === undefined ? { enabled: true } : { enabled: true, budgetTokens: budget, effort: effortForBudget(budget) };
};

export const parseAnthropicRequest = (body: unknown): IrRequest => {
  const wire = parseWire(requestSchema, body, 'Anthropic Messages request');
  const reasoning = parseThinking(wire.thinking);
  const toolChoice = parseToolChoice(wire.tool_choice);
  const userId = wire.metadata?.user_id;
  const extensions = extensionsOf('anthropic', unknownFields(wire, neutralFields));
  return {
    model: wire.model,
    system: parseSystem(wire.system),
    messages: wire.messages.map((message) => ({ role: message.role, content: parseAnthropicContent(message.content) })),
    tools: (wire.tools ?? []).map(parseTool),
    stream: wire.stream === true,
    ...(toolChoice !== undefined ? { toolChoice } : {}),
    ...(wire.tool_choice?.disable_parallel_tool_use === true ? { parallelToolCalls: false } : {}),
    ...(wire.max_tokens !== undefined ? { maxTokens: wire.max_tokens } : {}),
    ...(wire.temperature !== undefined ? { temperature: wire.temperature } : {}),
    ...(wire.top_p !== undefined ? { topP: wire.top_p } : {}),
    ...(wire.top_k !== undefined ? { topK: wire.top_k } : {}),
    ...(wire.stop_sequences !== undefined ? { stopSequences: wire.stop_sequences } : {}),
    ...(reasoning !== undefined ? { reasoning } : {}),
    ...(typeof userId === 'string' ? { user: userId } : {}),
    ...(extensions !== undefined ? { extensions } : {}),
  };
};
