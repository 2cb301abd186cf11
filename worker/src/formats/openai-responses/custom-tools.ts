// Codex's freeform tools (type "custom", such as apply_patch) take raw text instead of JSON arguments.
// Other vendors only know JSON function tools, so a custom tool travels as a function with one string
// argument, `input`, and its calls turn back into custom_tool_call items for the Responses client.
import { extensionsFor } from '../ir/extensions.ts';
import { argumentsObject } from '../ir/json-arguments.ts';
import type { IrRequest, ToolDefinition } from '../ir/request.ts';
import type { WireTool } from './wire.ts';

const inputSchema = {
  type: 'object',
  properties: { input: { type: 'string', description: 'The raw input for the tool, in the format described above' } },
  required: ['input'],
  additionalProperties: false,
};

// A grammar-constrained tool (apply_patch) only works if the model sees the grammar it must follow.
const describe = (tool: WireTool): string => {
  const format = (tool.format ?? {}) as Record<string, unknown>;
  const grammar = format.type === 'grammar' && typeof format.definition === 'string' ? format.definition : undefined;
  const description = typeof tool.description === 'string' ? tool.description : '';
  return grammar === undefined ? description : `${description}\n\nThe input must follow this ${String(format.syntax ?? '')} grammar:\n${grammar}`;
};

export const customToolAsFunction = (tool: WireTool): ToolDefinition => ({
  kind: 'function',
  name: tool.name ?? '',
  description: describe(tool),
  parameters: inputSchema,
  extensions: { 'openai-responses': { custom: tool } },
});

/** The original custom tool, when this function stands for one. */
export const customToolOf = (tool: ToolDefinition): unknown =>
  tool.kind === 'function' ? extensionsFor(tool.extensions, 'openai-responses').custom : undefined;

/** Names of the custom tools in the client's own request: their calls must go back as custom calls. */
export const customToolNames = (request: IrRequest | undefined): ReadonlySet<string> =>
  new Set((request?.tools ?? []).flatMap((tool) => (tool.kind === 'function' && customToolOf(tool) !== undefined ? [tool.name] : [])));

export const customInputArguments = (input: string): string => JSON.stringify({ input });

/** The raw input of a converted custom call; arguments that are not `{input}` are passed as they are. */
export const customInputOf = (args: string): string => {
  const input = argumentsObject(args).input;
  return typeof input === 'string' ? input : args;
};
