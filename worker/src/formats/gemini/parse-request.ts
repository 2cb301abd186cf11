// Gemini generateContent request → neutral request. Model and streaming come from the URL path.
// Extra fields of generationConfig and systemInstruction are kept under those names and merged back.
import { extensionsOf, unknownFields } from '../ir/extensions.ts';
import { effortForBudget, isReasoningEffort } from '../ir/effort-budget.ts';
import type { IrRequest, Message, ReasoningConfig, ToolChoice, ToolDefinition } from '../ir/request.ts';
import type { RequestRoute } from '../ir/codec.ts';
import { parseWire } from '../parse-wire.ts';
import { toJsonSchema } from './to-json-schema.ts';
import { parseGeminiParts, type PendingCalls } from './parse-parts.ts';
import { request as requestSchema, type WireRequest, type WireTool } from './wire.ts';

const neutralFields = ['contents', 'systemInstruction', 'tools', 'toolConfig', 'generationConfig'];
const neutralGenerationFields = ['temperature', 'topP', 'topK', 'maxOutputTokens', 'stopSequences', 'thinkingConfig'];

const parseTools = (tool: WireTool): ToolDefinition[] => {
  const { functionDeclarations, ...rest } = tool;
  const natives: ToolDefinition[] = Object.keys(rest).length > 0 ? [{ kind: 'native', format: 'gemini', value: rest }] : [];
  const functions = (functionDeclarations ?? []).map((fn): ToolDefinition => {
    // `parameters` is Gemini's OpenAPI subset; kept raw so a Gemini provider gets it back as sent.
    const kept = unknownFields(fn, ['name', 'description', 'parametersJsonSchema']);
    const extensions = extensionsOf('gemini', kept);
    const converted = fn.parameters !== undefined ? toJsonSchema(fn.parameters) : { type: 'object', properties: {} };
    const schema = fn.parametersJsonSchema ?? converted;
    return {
      kind: 'function',
      name: fn.name,
      ...(fn.description !== undefined ? { description: fn.description } : {}),
      parameters: schema,
      ...(extensions !== undefined ? { extensions } : {}),
    };
  });
  return [...functions, ...natives];
};

const parseToolChoice = (config: WireRequest['toolConfig']): ToolChoice | undefined => {
  const calling = config?.functionCallingConfig;
  switch (calling?.mode) {
    case 'NONE':
      return { type: 'none' };
    case 'ANY':
    case 'VALIDATED': {
      const [only, ...others] = calling.allowedFunctionNames ?? [];
      return only !== undefined && others.length === 0 ? { type: 'tool', name: only } : { type: 'required' };
    }
    case 'AUTO':
      return { type: 'auto' };
    default:
      return undefined;
  }
};

const parseThinking = (config: NonNullable<WireRequest['generationConfig']>['thinkingConfig']): ReasoningConfig | undefined => {
  if (config === undefined) return undefined;
  const budget = config.thinkingBudget;
  if (budget === 0) return { enabled: false };
  const level = config.thinkingLevel?.toLowerCase();
  const effort = isReasoningEffort(level) ? level : budget !== undefined && budget > 0 ? effortForBudget(budget) : undefined;
  return { enabled: true, ...(budget !== undefined && budget > 0 ? { budgetTokens: budget } : {}), ...(effort ? { effort } : {}) };
};

export const parseGeminiMessages = (wire: WireRequest): Message[] => {
  const pending: PendingCalls = [];
  return wire.contents.map((content, turn) => ({
    role: content.role === 'model' ? 'assistant' : 'user',
    content: parseGeminiParts(content.parts ?? [], `turn${turn}`, pending),
  }));
};

export const parseGeminiRequest = (body: unknown, route: RequestRoute = {}): IrRequest => {
  const wire = parseWire(requestSchema, body, 'Gemini generateContent request');
  const generation = wire.generationConfig ?? {};
  const reasoning = parseThinking(generation.thinkingConfig);
  const toolChoice = parseToolChoice(wire.toolConfig);
  // thinkingConfig also stays raw: thinkingLevel and a zero budget mean something only to Gemini.
  const extraGeneration = {
    ...unknownFields(generation, neutralGenerationFields),
    ...(generation.thinkingConfig !== undefined ? { thinkingConfig: generation.thinkingConfig } : {}),
  };
  const extraSystem = wire.systemInstruction !== undefined ? unknownFields(wire.systemInstruction, ['parts']) : {};
  const extensions = extensionsOf('gemini', {
    ...unknownFields(wire, neutralFields),
    ...(Object.keys(extraGeneration).length > 0 ? { generationConfig: extraGeneration } : {}),
    ...(Object.keys(extraSystem).length > 0 ? { systemInstruction: extraSystem } : {}),
    ...(wire.toolConfig !== undefined ? { toolConfig: wire.toolConfig } : {}),
  });
  const system = (wire.systemInstruction?.parts ?? []).flatMap((part) =>
    part.text !== undefined ? [{ type: 'text' as const, text: part.text }] : [],
  );
  return {
    model: route.model ?? '',
    system,
    messages: parseGeminiMessages(wire),
    tools: (wire.tools ?? []).flatMap(parseTools),
    stream: route.stream === true,
    ...(toolChoice !== undefined ? { toolChoice } : {}),
    ...(generation.maxOutputTokens !== undefined ? { maxTokens: generation.maxOutputTokens } : {}),
    ...(generation.temperature !== undefined ? { temperature: generation.temperature } : {}),
    ...(generation.topP !== undefined ? { topP: generation.topP } : {}),
    ...(generation.topK !== undefined ? { topK: generation.topK } : {}),
    ...(generation.stopSequences !== undefined ? { stopSequences: generation.stopSequences } : {}),
    ...(reasoning !== undefined ? { reasoning } : {}),
    ...(extensions !== undefined ? { extensions } : {}),
  };
};
