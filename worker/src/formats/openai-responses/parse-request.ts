// OpenAI Responses request → neutral request. `instructions` and leading developer/system input
// messages form the system prompt (Codex sends its prompt as a developer message).
import type { TextBlock } from '../ir/content.ts';
import { isReasoningEffort } from '../ir/effort-budget.ts';
import { extensionsOf, unknownFields } from '../ir/extensions.ts';
import { splitLeadingSystem } from '../ir/split-leading-system.ts';
import type { IrRequest, ReasoningConfig, ToolChoice, ToolDefinition } from '../ir/request.ts';
import { parseWire } from '../parse-wire.ts';
import { customToolAsFunction } from './custom-tools.ts';
import { parseItem } from './parse-items.ts';
import { request as requestSchema, type WireRequest, type WireTool } from './wire.ts';

// `reasoning` maps to a neutral field but also stays raw: its `summary` setting has no neutral meaning.
const neutralFields = [
  'model', 'input', 'instructions', 'tools', 'tool_choice', 'parallel_tool_calls', 'max_output_tokens',
  'temperature', 'top_p', 'stream', 'user', 'metadata',
];

const parseTool = (tool: WireTool): ToolDefinition => {
  if (tool.type === 'custom' && tool.name !== undefined) return customToolAsFunction(tool);
  if (tool.type !== 'function' || tool.name === undefined) return { kind: 'native', format: 'openai-responses', value: tool };
  const extensions = extensionsOf('openai-responses', unknownFields(tool, ['type', 'name', 'description', 'parameters']));
  return {
    kind: 'function',
    name: tool.name,
    ...(typeof tool.description === 'string' ? { description: tool.description } : {}),
    parameters: tool.parameters ?? { type: 'object', properties: {} },
    ...(extensions !== undefined ? { extensions } : {}),
  };
};

const parseToolChoice = (choice: WireRequest['tool_choice']): ToolChoice | undefined => {
  if (choice === undefined) return undefined;
  if (typeof choice === 'string') return choice === 'none' || choice === 'required' ? { type: choice } : { type: 'auto' };
  return choice.type === 'function' && choice.name !== undefined ? { type: 'tool', name: choice.name } : { type: 'auto' };
};

const parseReasoning = (reasoning: WireRequest['reasoning']): ReasoningConfig | undefined => {
  const effort = reasoning?.effort;
  if (isReasoningEffort(effort)) return { enabled: true, effort };
  return effort === 'none' ? { enabled: false } : undefined;
};

const instructionsOf = (wire: WireRequest): TextBlock[] =>
  typeof wire.instructions === 'string' ? [{ type: 'text', text: wire.instructions }] : [];

export const parseResponsesRequest = (body: unknown): IrRequest => {
  const wire = parseWire(requestSchema, body, 'OpenAI Responses request');
  const input = typeof wire.input === 'string' ? [{ type: 'message', role: 'user', content: wire.input }] : (wire.input ?? []);
  const { system, rest } = splitLeadingSystem(input.map(parseItem));
  const toolChoice = parseToolChoice(wire.tool_choice);
  const reasoning = parseReasoning(wire.reasoning);
  const extensions = extensionsOf('openai-responses', unknownFields(wire, neutralFields));
  return {
    model: wire.model,
    system: [...instructionsOf(wire), ...system],
    messages: rest,
    tools: (wire.tools ?? []).map(parseTool),
    stream: wire.stream === true,
    ...(toolChoice !== undefined ? { toolChoice } : {}),
    ...(wire.parallel_tool_calls != null ? { parallelToolCalls: wire.parallel_tool_calls } : {}),
    ...(wire.max_output_tokens != null ? { maxTokens: wire.max_output_tokens } : {}),
    ...(wire.temperature != null ? { temperature: wire.temperature } : {}),
    ...(wire.top_p != null ? { topP: wire.top_p } : {}),
    ...(reasoning !== undefined ? { reasoning } : {}),
    ...(wire.user !== undefined ? { user: wire.user } : {}),
    ...(wire.metadata != null ? { metadata: wire.metadata } : {}),
    ...(extensions !== undefined ? { extensions } : {}),
  };
};
