// Gemini generateContent / streamGenerateContent wire format (ai.google.dev/api/generate-content),
// shared with the code assist endpoints, which wrap the same request and response.
import { arrayField, collectText, isRecord, stringField } from './conversation.ts';
import type { Conversation } from './conversation.ts';
import { opaqueToken } from './generation-format.ts';
import type { GenerationFormat, MockCall, StreamFrame } from './generation-format.ts';
import { googleErrorBody } from './gemini-error.ts';
import type { ReplyPlan } from './plan-reply.ts';
import { splitWords } from './split-text.ts';
import { totalInputTokens } from './usage.ts';

type Json = Record<string, unknown>;

export function readGeminiConversation(request: unknown, model: string): Conversation {
  const parts = arrayField(arrayField(request, 'contents').at(-1), 'parts');
  const responses = parts.filter((part) => isRecord(part) && isRecord(part.functionResponse));
  const texts = parts.filter((part) => stringField(part, 'text') !== undefined && !(isRecord(part) && part.thought === true));
  const generationConfig = isRecord(request) && isRecord(request.generationConfig) ? request.generationConfig : {};
  const thinking = isRecord(generationConfig.thinkingConfig) ? generationConfig.thinkingConfig : undefined;
  return {
    model,
    lastUserText:
      responses.length > 0
        ? responses.map((part) => JSON.stringify(isRecord(part) && isRecord(part.functionResponse) ? part.functionResponse.response : {})).join('\n')
        : stringField(texts.at(-1), 'text') ?? '',
    lastTurnIsToolResult: responses.length > 0,
    tools: arrayField(request, 'tools')
      .flatMap((tool) => arrayField(tool, 'functionDeclarations'))
      .filter(isRecord)
      .map((fn) => ({ name: stringField(fn, 'name') ?? '', schema: fn.parameters ?? fn.parametersJsonSchema })),
    reasoning: { enabled: thinking !== undefined && thinking.thinkingBudget !== 0, visible: thinking?.includeThoughts === true },
    promptText: collectText(isRecord(request) ? [request.systemInstruction, request.contents, request.tools] : []),
  };
}

/** Zero counts are left out, as the real API does. */
export function usageMetadata(plan: ReplyPlan, final: boolean): Json {
  const prompt = totalInputTokens(plan.usage);
  if (!final) return { promptTokenCount: prompt, totalTokenCount: prompt };
  const metadata: Json = { promptTokenCount: prompt, candidatesTokenCount: plan.usage.output };
  if (plan.usage.cacheRead > 0) metadata.cachedContentTokenCount = plan.usage.cacheRead;
  if (plan.usage.reasoning > 0) metadata.thoughtsTokenCount = plan.usage.reasoning;
  metadata.totalTokenCount = prompt + plan.usage.output + plan.usage.reasoning;
  metadata.promptTokensDetails = [{ modality: 'TEXT', tokenCount: prompt }];
  return metadata;
}

/** Parts grouped the way the stream sends them: thought pieces, text pieces, then all calls in one chunk. */
function partGroups(plan: ReplyPlan): Json[][] {
  const signature = opaqueToken('thought', plan.seed);
  const thoughts = plan.showReasoning ? splitWords(plan.reasoningText).map((text): Json[] => [{ text, thought: true }]) : [];
  const lastThought = thoughts.at(-1)?.[0];
  if (lastThought !== undefined) lastThought.thoughtSignature = signature;
  const texts = (plan.text !== '' || plan.toolCalls.length === 0 ? splitWords(plan.text) : []).map((text): Json[] => [{ text }]);
  const calls = plan.toolCalls.map((call): Json => ({ functionCall: { name: call.name, args: call.arguments } }));
  const groups = [...thoughts, ...texts, ...(calls.length > 0 ? [calls] : [])];
  // With thinking on, Gemini signs the first answer part too; clients must send it back.
  const firstAnswer = groups[thoughts.length]?.[0];
  if (plan.reasoningText !== '' && firstAnswer !== undefined) firstAnswer.thoughtSignature = signature;
  return groups.length > 0 ? groups : [[{ text: '' }]];
}

function responseOf(plan: ReplyPlan, parts: Json[], final: boolean): Json {
  const candidate: Json = { content: { parts, role: 'model' }, index: 0 };
  if (final) candidate.finishReason = 'STOP';
  return { candidates: [candidate], usageMetadata: usageMetadata(plan, final), modelVersion: plan.model, responseId: plan.seed.slice(0, 22) };
}

function mergeParts(groups: Json[][]): Json[] {
  const merged: Json[] = [];
  for (const part of groups.flat()) {
    const previous = merged.at(-1);
    const sameKind = previous !== undefined && typeof previous.text === 'string' && typeof part.text === 'string' && previous.thought === part.thought;
    if (!sameKind) {
      merged.push({ ...part });
      continue;
    }
    previous.text = `${String(previous.text)}${String(part.text)}`;
    if (part.thoughtSignature !== undefined) previous.thoughtSignature = part.thoughtSignature;
  }
  return merged;
}

export function renderGeminiResponse(plan: ReplyPlan): Json {
  return responseOf(plan, mergeParts(partGroups(plan)), true);
}

export function renderGeminiStream(plan: ReplyPlan): Json[] {
  const groups = partGroups(plan);
  return groups.map((parts, index) => responseOf(plan, parts, index === groups.length - 1));
}

/** Builds a Gemini-shaped format; code assist passes its own request unwrapping and response wrapping. */
export function geminiFormat(shape: {
  model: (call: MockCall) => string;
  request: (call: MockCall) => unknown;
  wrap: (response: Json) => unknown;
}): GenerationFormat {
  return {
    isStream: (call) => call.path.endsWith(':streamGenerateContent'),
    encoding: (call) => (call.query.alt === 'sse' ? 'sse-crlf' : 'json-array'),
    readConversation: (call) => readGeminiConversation(shape.request(call), shape.model(call)),
    renderResponse: (plan) => shape.wrap(renderGeminiResponse(plan)),
    renderStream: (plan): StreamFrame[] => renderGeminiStream(plan).map((chunk) => ({ data: shape.wrap(chunk) })),
    renderStreamError: (error) => ({ data: googleErrorBody(error) }),
    renderError: (error) => ({ status: error.status, body: googleErrorBody(error) }),
  };
}

/** `models/gemini-2.5-pro:generateContent` → `gemini-2.5-pro`. */
export function modelFromPath(path: string): string {
  const match = /\/models\/([^/:]+)/.exec(path);
  return decodeURIComponent(match?.[1] ?? '');
}

export const geminiApi = geminiFormat({ model: (call) => modelFromPath(call.path), request: (call) => call.body, wrap: (response) => response });
