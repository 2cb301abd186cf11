// The price table that ships with the product (§6.1); admins edit their copy, and price sync may replace it.
//
// Checked 2026-11-22 against:
// - Anthropic: https://platform.claude.com/docs/en/about-claude/pricing (model pricing table) and the
//   per-model pages under https://platform.claude.com/docs/en/models/ (Opus 5, Sonnet 5).
// - OpenAI: https://developers.openai.com/api/docs/pricing (standard tier), cross-checked with GitHub's
//   Copilot price table (github/docs data/tables/copilot/models-and-pricing.yml), which quotes vendor prices.
// - Google: https://ai.google.dev/gemini-api/docs/pricing (paid tier).
//
// Only the base tier of tiered prices is listed: Gemini Pro above 200k prompt tokens, GPT-5.4/5.5/5.6
// above 272k and Claude Sonnet 4/4.5 with the 1M-context beta above 200k cost more, and a flat table
// cannot express that. OpenAI and Google publish no per-token
// cache-write price for most models (OpenAI writes are free before GPT-5.6; Gemini bills cache storage
// per hour), so those fields are null; no usage ever reports such writes for them.
import type { ModelPrice, PriceVendor } from './model-price.ts';

type PriceRow = readonly [
  model: string,
  input: number,
  output: number,
  cacheWrite5m: number | null,
  cacheWrite1h: number | null,
  cacheRead: number | null,
];

const claude: readonly PriceRow[] = [
  ['claude-opus-5', 5, 25, 6.25, 10, 0.5],
  ['claude-sonnet-5', 2, 10, 2.5, 4, 0.2],
  ['claude-opus-4-8', 5, 25, 6.25, 10, 0.5],
  ['claude-opus-4-7', 5, 25, 6.25, 10, 0.5],
  ['claude-opus-4-6', 5, 25, 6.25, 10, 0.5],
  ['claude-opus-4-5', 5, 25, 6.25, 10, 0.5],
  ['claude-opus-4-1', 15, 75, 18.75, 30, 1.5],
  ['claude-opus-4', 15, 75, 18.75, 30, 1.5],
  ['claude-sonnet-4-6', 3, 15, 3.75, 6, 0.3],
  ['claude-sonnet-4-5', 3, 15, 3.75, 6, 0.3],
  ['claude-sonnet-4', 3, 15, 3.75, 6, 0.3],
  ['claude-haiku-4-5', 1, 5, 1.25, 2, 0.1],
  ['claude-3-7-sonnet', 3, 15, 3.75, 6, 0.3],
  ['claude-3-5-sonnet', 3, 15, 3.75, 6, 0.3],
  ['claude-3-5-haiku', 0.8, 4, 1, 1.6, 0.08],
  ['claude-3-opus', 15, 75, 18.75, 30, 1.5],
  ['claude-3-haiku', 0.25, 1.25, 0.3, 0.5, 0.03],
];

const gpt: readonly PriceRow[] = [
  ['gpt-5.6-sol', 5, 30, 6.25, null, 0.5],
  ['gpt-5.6-terra', 2, 12, 2.5, null, 0.2],
  ['gpt-5.6-luna', 0.2, 1.2, 0.25, null, 0.02],
  ['gpt-5.5', 5, 30, null, null, 0.5],
  ['gpt-5.5-pro', 30, 180, null, null, null],
  ['gpt-5.4', 2.5, 15, null, null, 0.25],
  ['gpt-5.4-mini', 0.75, 4.5, null, null, 0.075],
  ['gpt-5.4-nano', 0.2, 1.25, null, null, 0.02],
  ['gpt-5.4-pro', 30, 180, null, null, null],
  ['gpt-5.3-codex', 1.75, 14, null, null, 0.175],
  ['gpt-5.2', 1.75, 14, null, null, 0.175],
  ['gpt-5.2-codex', 1.75, 14, null, null, 0.175],
  ['gpt-5.1', 1.25, 10, null, null, 0.125],
  ['gpt-5.1-codex', 1.25, 10, null, null, 0.125],
  ['gpt-5.1-codex-max', 1.25, 10, null, null, 0.125],
  ['gpt-5.1-codex-mini', 0.25, 2, null, null, 0.025],
  ['gpt-5', 1.25, 10, null, null, 0.125],
  ['gpt-5-codex', 1.25, 10, null, null, 0.125],
  ['gpt-5-mini', 0.25, 2, null, null, 0.025],
  ['gpt-5-nano', 0.05, 0.4, null, null, 0.005],
  ['gpt-5-pro', 15, 120, null, null, null],
  ['codex-mini-latest', 1.5, 6, null, null, 0.375],
  ['gpt-4.1', 2, 8, null, null, 0.5],
  ['gpt-4.1-mini', 0.4, 1.6, null, null, 0.1],
  ['gpt-4.1-nano', 0.1, 0.4, null, null, 0.025],
  ['gpt-4o', 2.5, 10, null, null, 1.25],
  // The first gpt-4o snapshot kept its launch price; exact match keeps it from resolving to gpt-4o.
  ['gpt-4o-2024-05-13', 5, 15, null, null, null],
  ['gpt-4o-mini', 0.15, 0.6, null, null, 0.075],
  ['o1', 15, 60, null, null, 7.5],
  ['o1-mini', 1.1, 4.4, null, null, 0.55],
  ['o3', 2, 8, null, null, 0.5],
  ['o3-pro', 20, 80, null, null, null],
  ['o3-mini', 1.1, 4.4, null, null, 0.55],
  ['o4-mini', 1.1, 4.4, null, null, 0.275],
];

const gemini: readonly PriceRow[] = [
  ['gemini-3.5-flash', 1.5, 9, null, null, 0.15],
  ['gemini-3.1-pro-preview', 2, 12, null, null, 0.2],
  ['gemini-3-pro-preview', 2, 12, null, null, 0.2],
  ['gemini-2.5-pro', 1.25, 10, null, null, 0.125],
  ['gemini-2.5-flash', 0.3, 2.5, null, null, 0.03],
  ['gemini-2.5-flash-lite', 0.1, 0.4, null, null, 0.01],
];

const toPrices = (vendor: PriceVendor, rows: readonly PriceRow[]): ModelPrice[] =>
  rows.map(([model, input, output, cacheWrite5m, cacheWrite1h, cacheRead]) => ({
    model,
    vendor,
    inputPerMTok: input,
    outputPerMTok: output,
    cacheWrite5mPerMTok: cacheWrite5m,
    cacheWrite1hPerMTok: cacheWrite1h,
    cacheReadPerMTok: cacheRead,
  }));

export const seedPrices: readonly ModelPrice[] = Object.freeze([
  ...toPrices('anthropic', claude),
  ...toPrices('openai', gpt),
  ...toPrices('google', gemini),
]);
