// The minimal real request of a provider's "test connection" (SPEC §4.9): one short user turn in the
// provider's own format, non-streaming, with a small output budget, to the model the admin chose or a
// sensible one for the provider.
import type { WireFormat } from '../formats/format.ts';
import type { IrRequest } from '../formats/ir/request.ts';
import { convertedUpstream } from '../pipeline/convert.ts';
import { redirectModel } from '../pipeline/model-allowed.ts';

/** A current, cheap model of each format's main vendor, used when the provider names no exact model. */
export const defaultTestModels: Record<WireFormat, string> = {
  anthropic: 'claude-haiku-4-5',
  'openai-chat': 'gpt-4o-mini',
  'openai-responses': 'gpt-5-mini',
  gemini: 'gemini-2.5-flash',
  'gemini-cli': 'gemini-2.5-flash',
};

export const testPrompt = 'Reply with the single word: pong';

/** Enough for a one-word answer; reasoning models may spend it thinking and answer with an empty text. */
const testMaxTokens = 64;

export interface TestModelSource {
  format: WireFormat;
  allowedModels: readonly string[];
  modelRedirects: readonly { from: string; to: string }[];
}

const isExactName = (entry: string) => entry !== '' && !entry.startsWith('/') && !entry.endsWith('*');

/** The model to test: the admin's choice, else the provider's first exact allowed name, else the format's default; then redirected as the proxy would. */
export function chooseTestModel(provider: TestModelSource, requested: string | undefined): { requested: string; sent: string } {
  const model = requested ?? provider.allowedModels.find(isExactName) ?? defaultTestModels[provider.format];
  return { requested: model, sent: redirectModel(provider.modelRedirects, model) };
}

export interface TestRequestParts {
  path: string;
  search: string;
  body: string;
}

export function buildTestRequest(format: WireFormat, model: string): TestRequestParts {
  const request: IrRequest = {
    model,
    system: [],
    messages: [{ role: 'user', content: [{ type: 'text', text: testPrompt }] }],
    tools: [],
    maxTokens: testMaxTokens,
    stream: false,
  };
  return convertedUpstream({ client: format, provider: format, request }, model);
}
