// Model lists in each vendor's shape, for GET /v1/models and /v1beta/models.
import type { MockCall } from './generation-format.ts';

export type ModelFamily = 'anthropic' | 'openai' | 'gemini';

const CREATED = '2025-09-29T00:00:00Z';

const ANTHROPIC_MODELS = [
  ['claude-opus-4-1-20250805', 'Claude Opus 4.1'],
  ['claude-sonnet-4-5-20250929', 'Claude Sonnet 4.5'],
  ['claude-haiku-4-5-20251001', 'Claude Haiku 4.5'],
] as const;

const OPENAI_MODELS = ['gpt-5', 'gpt-5-codex', 'gpt-5-mini', 'gpt-4.1', 'o3'] as const;

const GEMINI_MODELS = [
  ['gemini-2.5-pro', 'Gemini 2.5 Pro'],
  ['gemini-2.5-flash', 'Gemini 2.5 Flash'],
  ['gemini-3-pro-preview', 'Gemini 3 Pro Preview'],
] as const;

/** The same rule the gateway follows: anthropic-version → Anthropic; /v1beta or a Google key → Gemini; else OpenAI. */
export function modelFamilyOf(call: MockCall): ModelFamily {
  if (call.headers['anthropic-version'] !== undefined) return 'anthropic';
  if (call.path.startsWith('/v1beta/') || call.headers['x-goog-api-key'] !== undefined || call.query.key !== undefined) return 'gemini';
  return 'openai';
}

export function listModels(family: ModelFamily): unknown {
  if (family === 'anthropic') {
    const data = ANTHROPIC_MODELS.map(([id, name]) => anthropicModel(id, name));
    return { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
  }
  if (family === 'gemini') return { models: GEMINI_MODELS.map(([id, name]) => geminiModel(id, name)) };
  return { object: 'list', data: OPENAI_MODELS.map(openaiModel) };
}

/** One model in the family's shape, or undefined when the mock does not list it. */
export function findModel(family: ModelFamily, id: string): unknown {
  if (family === 'anthropic') {
    const found = ANTHROPIC_MODELS.find(([known]) => known === id);
    return found === undefined ? undefined : anthropicModel(found[0], found[1]);
  }
  if (family === 'gemini') {
    const found = GEMINI_MODELS.find(([known]) => known === id);
    return found === undefined ? undefined : geminiModel(found[0], found[1]);
  }
  const found = OPENAI_MODELS.find((known) => known === id);
  return found === undefined ? undefined : openaiModel(found);
}

function anthropicModel(id: string, displayName: string) {
  return { type: 'model', id, display_name: displayName, created_at: CREATED };
}

function openaiModel(id: string) {
  return { id, object: 'model', created: 1_758_000_000, owned_by: 'openai' };
}

function geminiModel(id: string, displayName: string) {
  return {
    name: `models/${id}`,
    version: '001',
    displayName,
    description: `${displayName} (mock)`,
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 65_536,
    supportedGenerationMethods: ['generateContent', 'countTokens', 'streamGenerateContent'],
    thinking: true,
  };
}
