// Neutral request → Gemini generateContent request body (model and streaming go in the URL path).
import { extensionsFor } from '../ir/extensions.ts';
import { mergeAdjacentRoles } from '../ir/merge-adjacent-roles.ts';
import { systemTurnsAsUser } from '../ir/split-leading-system.ts';
import type { IrRequest, Message, ReasoningConfig, ToolChoice, ToolDefinition } from '../ir/request.ts';
import { budgetForEffort } from '../ir/effort-budget.ts';
import { renderGeminiParts } from './render-parts.ts';
import { signFunctionCalls } from './sign-function-calls.ts';

type Rendered = Record<string, unknown>;

const renderTools = (tools: readonly ToolDefinition[]): Rendered[] => {
  const declarations = tools.flatMap((tool) => {
    if (tool.kind !== 'function') return [];
    const kept = extensionsFor(tool.extensions, 'gemini');
    // A schema that arrived as Gemini `parameters` goes back unchanged; any other is JSON Schema.
    const schema = kept.parameters !== undefined ? {} : { parametersJsonSchema: tool.parameters };
    return [{ name: tool.name, ...(tool.description !== undefined ? { description: tool.description } : {}), ...schema, ...kept }];
  });
  const natives = tools.flatMap((tool) => (tool.kind === 'native' && tool.format === 'gemini' ? [tool.value as Rendered] : []));
  return [...(declarations.length > 0 ? [{ functionDeclarations: declarations }] : []), ...natives];
};

const renderToolConfig = (choice: ToolChoice | undefined): Rendered | undefined => {
  if (choice === undefined) return undefined;
  const mode = { auto: 'AUTO', none: 'NONE', required: 'ANY', tool: 'ANY' }[choice.type];
  return { functionCallingConfig: { mode, ...(choice.type === 'tool' ? { allowedFunctionNames: [choice.name] } : {}) } };
};

const renderThinking = (reasoning: ReasoningConfig | undefined): Rendered | undefined => {
  // Some models cannot think less than a minimum (2.5 Pro refuses a zero budget): off means the default.
  if (reasoning?.enabled !== true) return undefined;
  const budget = reasoning.budgetTokens ?? (reasoning.effort !== undefined ? budgetForEffort(reasoning.effort) : undefined);
  return { includeThoughts: true, ...(budget !== undefined ? { thinkingBudget: budget } : {}) };
};

const callNamesOf = (messages: readonly Message[]): Map<string, string> =>
  new Map(messages.flatMap((m) => m.content.flatMap((b) => (b.type === 'tool-call' ? [[b.id, b.name] as const] : []))));

const asRendered = (value: unknown): Rendered => (typeof value === 'object' && value !== null ? (value as Rendered) : {});

const compact = (fields: Rendered): Rendered =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

export const renderGeminiRequest = (request: IrRequest): Rendered => {
  const { generationConfig: keptGeneration, systemInstruction: keptSystem, ...kept } = extensionsFor(request.extensions, 'gemini');
  const callNames = callNamesOf(request.messages);
  // Gemini has no system role inside the conversation: later instructions become user text.
  const messages = mergeAdjacentRoles(systemTurnsAsUser(request.messages), 'gemini');
  const contents = messages
    .map((message) => {
      const parts = renderGeminiParts(message.content, callNames);
      return message.role === 'assistant' ? { role: 'model', parts: signFunctionCalls(parts, request.model) } : { role: 'user', parts };
    })
    .filter((content) => content.parts.length > 0);
  const generationConfig = compact({
    temperature: request.temperature,
    topP: request.topP,
    topK: request.topK,
    maxOutputTokens: request.maxTokens,
    stopSequences: request.stopSequences,
    thinkingConfig: renderThinking(request.reasoning),
    ...asRendered(keptGeneration),
  });
  const tools = renderTools(request.tools);
  const body = compact({
    contents,
    systemInstruction:
      request.system.length > 0 ? { ...asRendered(keptSystem), parts: request.system.map(({ text }) => ({ text })) } : undefined,
    tools: tools.length > 0 ? tools : undefined,
    toolConfig: renderToolConfig(request.toolChoice),
    generationConfig: Object.keys(generationConfig).length > 0 ? generationConfig : undefined,
  });
  return { ...body, ...kept };
};
