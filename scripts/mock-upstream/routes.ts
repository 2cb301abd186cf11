// Which vendor endpoint a request is for, and how to answer it (including its error body format).
import { anthropicErrorBody, anthropicMessages } from './anthropic.ts';
import { codeAssistSetup, geminiCodeAssist } from './gemini-cli.ts';
import { googleErrorBody } from './gemini-error.ts';
import { geminiApi, modelFromPath } from './gemini.ts';
import type { ErrorReply, GenerationFormat, MockCall, MockError } from './generation-format.ts';
import { findModel, listModels, modelFamilyOf } from './models.ts';
import type { ModelFamily } from './models.ts';
import { openaiChat } from './openai-chat.ts';
import { openaiErrorBody } from './openai-error.ts';
import { openaiResponsesFormat } from './openai-responses.ts';
import { planFor, respondGeneration } from './respond-generation.ts';
import type { MockDefaults } from './respond-generation.ts';
import { sendError, sendJson } from './respond.ts';
import type { ResponseContext } from './respond.ts';
import { totalInputTokens } from './usage.ts';

export interface Route {
  renderError(error: MockError): ErrorReply;
  handle(call: MockCall, ctx: ResponseContext, defaults: MockDefaults): Promise<void>;
}

const anthropicError = (error: MockError): ErrorReply => ({ status: error.status, body: anthropicErrorBody(error) });
const openaiError = (error: MockError): ErrorReply => ({ status: error.status, body: openaiErrorBody(error) });
const googleError = (error: MockError): ErrorReply => ({ status: error.status, body: googleErrorBody(error) });

function familyError(family: ModelFamily): Route['renderError'] {
  return family === 'anthropic' ? anthropicError : family === 'gemini' ? googleError : openaiError;
}

function generation(format: GenerationFormat): Route {
  return { renderError: format.renderError, handle: (call, ctx, defaults) => respondGeneration(format, call, ctx, defaults) };
}

/** The in-stream error event of the Responses API depends on the scenario, so the format is built per request. */
const openaiResponses: Route = {
  renderError: openaiError,
  handle: (call, ctx, defaults) => respondGeneration(openaiResponsesFormat(ctx.scenario?.streamError?.event), call, ctx, defaults),
};

function countTokens(format: GenerationFormat, render: (tokens: number) => unknown): Route {
  return {
    renderError: format.renderError,
    handle: (call, ctx, defaults) => sendJson(ctx, render(totalInputTokens(planFor(format, call, ctx, defaults).usage))),
  };
}

function json(renderError: Route['renderError'], body: (call: MockCall) => unknown): Route {
  return { renderError, handle: (call, ctx) => sendJson(ctx, body(call)) };
}

const GEMINI_METHOD = /^\/(v1|v1beta)\/models\/[^/:]+:(generateContent|streamGenerateContent|countTokens)$/;
const CODE_ASSIST_METHOD = /^\/v1internal:(\w+)$/;

export function findRoute(call: MockCall): Route | undefined {
  const { method, path } = call;
  if (method === 'GET' && (path === '/v1/models' || path === '/v1beta/models')) {
    const family = modelFamilyOf(call);
    return json(familyError(family), () => listModels(family));
  }
  const single = /^\/(v1|v1beta)\/models\/([^/:]+)$/.exec(path);
  if (method === 'GET' && single !== null) return modelRoute(call, decodeURIComponent(single[2] ?? ''));
  if (method !== 'POST') return undefined;
  if (path === '/v1/messages') return generation(anthropicMessages);
  if (path === '/v1/messages/count_tokens') return countTokens(anthropicMessages, (tokens) => ({ input_tokens: tokens }));
  if (path === '/v1/chat/completions') return generation(openaiChat);
  if (path === '/v1/responses') return openaiResponses;
  const gemini = GEMINI_METHOD.exec(path);
  if (gemini?.[2] === 'countTokens') {
    return countTokens(geminiApi, (tokens) => ({ totalTokens: tokens, promptTokensDetails: [{ modality: 'TEXT', tokenCount: tokens }] }));
  }
  if (gemini !== null) return generation(geminiApi);
  return codeAssistRoute(CODE_ASSIST_METHOD.exec(path)?.[1]);
}

function modelRoute(call: MockCall, id: string): Route {
  const family = modelFamilyOf(call);
  const renderError = familyError(family);
  const model = findModel(family, id);
  if (model !== undefined) return json(renderError, () => model);
  const missing = renderError({ status: 404, message: `model ${id} not found` });
  return { renderError, handle: (_call, ctx) => Promise.resolve(sendError(ctx, missing)) };
}

function codeAssistRoute(method: string | undefined): Route | undefined {
  if (method === undefined) return undefined;
  if (method === 'generateContent' || method === 'streamGenerateContent') return generation(geminiCodeAssist);
  if (method === 'countTokens') return countTokens(geminiCodeAssist, (tokens) => ({ totalTokens: tokens }));
  const setup = codeAssistSetup[method];
  return setup === undefined ? undefined : json(googleError, setup);
}

/** The error format for paths the mock does not serve, guessed from the path's vendor. */
export function notFoundError(call: MockCall): ErrorReply {
  const error = { status: 404, message: `Mock upstream has no route for ${call.method} ${call.path}` };
  if (call.path.startsWith('/v1beta') || call.path.startsWith('/v1internal')) return googleError(error);
  return call.headers['anthropic-version'] !== undefined ? anthropicError(error) : openaiError(error);
}

/** The model a request is for: the body's `model`, or the Gemini path segment. */
export function modelOf(call: MockCall): string | undefined {
  const fromPath = modelFromPath(call.path);
  if (fromPath !== '') return fromPath;
  const body = call.body;
  return typeof body === 'object' && body !== null && 'model' in body && typeof body.model === 'string' ? body.model : undefined;
}
