import { describe, expect, it } from 'vitest';
import { findPrice, normalizeModelName } from './find-price.ts';
import type { ModelPrice } from './model-price.ts';
import { seedPrices } from './seed-prices.ts';

const modelFor = (name: string) => findPrice(name, seedPrices)?.model;

describe('findPrice', () => {
  it.each([
    ['claude-sonnet-4-5', 'claude-sonnet-4-5'],
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
    ['claude-haiku-4-5-20251001', 'claude-haiku-4-5'],
    ['claude-opus-4-1-20250805', 'claude-opus-4-1'],
    ['claude-opus-4-20250514', 'claude-opus-4'],
    ['claude-sonnet-4-0', 'claude-sonnet-4'],
    ['claude-3-5-sonnet-latest', 'claude-3-5-sonnet'],
    ['claude-3-5-haiku-20241022', 'claude-3-5-haiku'],
    ['claude-opus-4-6[1m]', 'claude-opus-4-6'],
    ['anthropic/claude-sonnet-4.5', 'claude-sonnet-4-5'],
    ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5'],
    ['global.anthropic.claude-opus-4-5-20251101-v1:0', 'claude-opus-4-5'],
    ['claude-sonnet-4-5@20250929', 'claude-sonnet-4-5'],
    ['claude-opus-4-6-thinking', 'claude-opus-4-6'],
    ['Claude-Opus-4-7', 'claude-opus-4-7'],
    ['gpt-5-2025-08-07', 'gpt-5'],
    ['gpt-5-mini-2025-08-07', 'gpt-5-mini'],
    ['gpt-4o-mini-2024-07-18', 'gpt-4o-mini'],
    ['gpt-4o-2024-08-06', 'gpt-4o'],
    ['o3-2025-04-16', 'o3'],
    ['openai/gpt-5.1-codex', 'gpt-5.1-codex'],
    ['codex-mini-latest', 'codex-mini-latest'],
    ['models/gemini-2.5-pro', 'gemini-2.5-pro'],
    ['google/gemini-2.5-flash', 'gemini-2.5-flash'],
    ['projects/p/locations/global/publishers/google/models/gemini-2.5-flash-lite', 'gemini-2.5-flash-lite'],
    ['gemini-3-pro-preview', 'gemini-3-pro-preview'],
    ['gemini-3-pro-preview-11-2025', 'gemini-3-pro-preview'],
  ])('resolves %s to %s', (requested, expected) => {
    expect(modelFor(requested)).toBe(expected);
  });

  it('prefers an exact entry over a normalized one (the first gpt-4o snapshot kept its launch price)', () => {
    expect(findPrice('gpt-4o-2024-05-13', seedPrices)?.inputPerMTok).toBe(5);
    expect(findPrice('gpt-4o', seedPrices)?.inputPerMTok).toBe(2.5);
  });

  it.each([
    'gpt-5-mini-high',
    'gpt-5-chat-latest',
    'chatgpt-4o-latest',
    'claude-sonnet-4-5-extended',
    'claude-sonnet',
    'gemini-2.5-flash-preview-05-20',
    'gemini-2.5-flash-image',
    'gemini-flash-latest',
    'o3-deep-research',
    'deepseek-chat',
    '',
    '   ',
  ])('leaves %j unknown rather than borrowing a price from a relative', (requested) => {
    expect(findPrice(requested, seedPrices)).toBeUndefined();
  });

  it('matches a dated entry an admin added when the client sends the undated name', () => {
    const dated = { ...priceOf('claude-sonnet-4-5'), model: 'claude-sonnet-4-5-20250929', inputPerMTok: 9 };
    const table: ModelPrice[] = [dated];
    expect(findPrice('claude-sonnet-4-5', table)?.inputPerMTok).toBe(9);
  });

  it('sees a new table array after an edit, not the index of the old one', () => {
    const before: ModelPrice[] = [priceOf('gpt-5')];
    expect(findPrice('gpt-5', before)?.inputPerMTok).toBe(1.25);
    const after: ModelPrice[] = [{ ...priceOf('gpt-5'), inputPerMTok: 2 }];
    expect(findPrice('gpt-5', after)?.inputPerMTok).toBe(2);
  });
});

describe('normalizeModelName', () => {
  it('keeps Gemini preview lines apart from their GA models', () => {
    expect(normalizeModelName('gemini-2.5-flash-preview-09-2025')).toBe('gemini-2.5-flash-preview');
  });

  it('leaves non-Claude dotted versions alone', () => {
    expect(normalizeModelName('gpt-5.1-codex-mini')).toBe('gpt-5.1-codex-mini');
  });
});

function priceOf(model: string): ModelPrice {
  const price = seedPrices.find((entry) => entry.model === model);
  if (!price) throw new Error(`no seed price for ${model}`);
  return price;
}
