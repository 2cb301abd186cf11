// Neutral request → OpenAI Responses request. The system prompt goes to `instructions`, except parts
// that arrived as developer/system input messages, which go back as such.
import type { TextBlock } from '../ir/content.ts';
import { extensionsFor } from '../ir/extensions.ts';
import type { IrRequest, ToolChoice, ToolDefinition } from '../ir/request.ts';
import { customToolOf } from './custom-tools.ts';
import { renderMessageItems } from './render-items.ts';
import { openAiUser } from '../openai-chat/openai-user.ts';
import { openAiSampling } from '../openai-chat/sampling.ts';

type Rendered = Record<string, unknown>;

const renderTool = (tool: ToolDefinition): Rendered | undefined => {
  if (tool.kind === 'native') return tool.format === 'openai-responses' ? (tool.value as Rendered) : undefined;
  const custom = customToolOf(tool);
  if (custom !== undefined) return custom as Rendered;
  return {
    type: 'function',
    name: tool.name,
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    parameters: tool.parameters,
    // Strict mode would reject schemas written for other vendors (optional properties, no additionalProperties).
    strict: false,
    ...extensionsFor(tool.extensions, 'openai-responses'),
  };
};

const renderToolChoice = (choice: ToolChoice): unknown => (choice.type === 'tool' ? { type: 'function', name: choice.name } : choice.type);

const isInputMessage = (block: TextBlock): boolean => extensionsFor(block.extensions, 'openai-responses').role !== undefined;

const renderSystemMessage = (block: TextBlock): Rendered => {
  const { role, ...rest } = extensionsFor(block.extensions, 'openai-responses');
  return { ...rest, type: 'message', role, content: [{ type: 'input_text', text: block.text }] };
};

export const renderResponsesRequest = (request: IrRequest): Rendered => {
  const instructions = request.system.filter((block) => !isInputMessage(block)).map((block) => block.text);
  const input = [
    ...request.system.filter(isInputMessage).map(renderSystemMessage),
    ...request.messages.flatMap(renderMessageItems),
  ];
  const tools = request.tools.flatMap((tool) => renderTool(tool) ?? []);
  const effort = request.reasoning?.enabled === true ? request.reasoning.effort : undefined;
  const reasoning = effort !== undefined ? { effort } : undefined;
  const optional: Rendered = {
    instructions: instructions.length > 0 ? instructions.join('\n\n') : undefined,
    tools: tools.length > 0 ? tools : undefined,
    tool_choice: request.toolChoice !== undefined ? renderToolChoice(request.toolChoice) : undefined,
    parallel_tool_calls: request.parallelToolCalls,
    max_output_tokens: request.maxTokens,
    ...openAiSampling(request),
    reasoning,
    user: openAiUser(request.user),
    metadata: request.metadata,
  };
  const body: Rendered = { model: request.model, input, stream: request.stream };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) body[key] = value;
  return { ...body, ...extensionsFor(request.extensions, 'openai-responses') };
};
