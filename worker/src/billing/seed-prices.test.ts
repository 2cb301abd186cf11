import { describe, expect, it } from 'vitest';
import { findPrice, normalizeModelName } from './find-price.ts';
import { seedPrices } from './seed-prices.ts';

// Names that are canonical yet not in normalized form: an exact-only snapshot and a `-latest` product name.
const exactOnlyNames = new Set(['gpt-4o-2024-05-13', 'codex-mini-latest']);

describe('seedPrices', () => {
  it('covers the current Claude, GPT and Gemini families', () => {
    for (const model of [
      'claude-opus-4-6',
      'claude-sonnet-4-5',
      'claude-haiku-4-5',
      'claude-3-7-sonnet',
      'gpt-5',
      'gpt-5-codex',
      'gpt-4.1',
      'gpt-4o',
      'o3',
      'o4-mini',
      'gemini-2.5-pro',
      'gemini-2.5-flash',
      'gemini-2.5-flash-lite',
      'gemini-3-pro-preview',
    ]) {
      expect(findPrice(model, seedPrices)?.model, model).toBe(model);
    }
  });

  it('lists each model once, under a name that resolves to itself', () => {
    const names = seedPrices.map((price) => price.model);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      if (!exactOnlyNames.has(name)) expect(normalizeModelName(name), name).toBe(name);
    }
  });

  it('files every model under the vendor its name belongs to', () => {
    for (const price of seedPrices) {
      const vendor = price.model.startsWith('claude-')
        ? 'anthropic'
        : price.model.startsWith('gemini-')
          ? 'google'
          : 'openai';
      expect(price.vendor, price.model).toBe(vendor);
    }
  });

  it('has finite positive prices, cache reads below input and output above input', () => {
    for (const price of seedPrices) {
      expect(price.inputPerMTok, price.model).toBeGreaterThan(0);
      expect(price.outputPerMTok, price.model).toBeGreaterThan(price.inputPerMTok);
      if (price.cacheReadPerMTok !== null) expect(price.cacheReadPerMTok, price.model).toBeLessThan(price.inputPerMTok);
    }
  });

  it('follows Anthropic cache multipliers (1.25x, 2x, 0.1x) except where Claude 3 Haiku differs', () => {
    for (const price of seedPrices.filter((entry) => entry.vendor === 'anthropic')) {
      if (price.model === 'claude-3-haiku') continue;
      expect(price.cacheWrite5mPerMTok, price.model).toBeCloseTo(price.inputPerMTok * 1.25, 12);
      expect(price.cacheWrite1hPerMTok, price.model).toBeCloseTo(price.inputPerMTok * 2, 12);
      expect(price.cacheReadPerMTok, price.model).toBeCloseTo(price.inputPerMTok * 0.1, 12);
    }
  });
});
