import { describe, expect, it } from 'vitest';
import type { Usage } from '../formats/ir/usage.ts';
import { emptyUsage } from '../formats/ir/usage.ts';
import { geminiBody } from '../usage/__fixtures__/gemini-usage.ts';
import { usageFromResponse } from '../usage/usage-from-wire.ts';
import { computeCost } from './compute-cost.ts';
import { findPrice } from './find-price.ts';
import type { ModelPrice } from './model-price.ts';
import { seedPrices } from './seed-prices.ts';

const sonnet: ModelPrice = {
  model: 'claude-sonnet-4-5',
  vendor: 'anthropic',
  inputPerMTok: 3,
  outputPerMTok: 15,
  cacheWrite5mPerMTok: 3.75,
  cacheWrite1hPerMTok: 6,
  cacheReadPerMTok: 0.3,
};

const noCachePrices: ModelPrice = {
  model: 'relay-model',
  vendor: 'openai',
  inputPerMTok: 2,
  outputPerMTok: 8,
  cacheWrite5mPerMTok: null,
  cacheWrite1hPerMTok: null,
  cacheReadPerMTok: null,
};

const usage = (counts: Partial<Usage>): Usage => ({ ...emptyUsage(), ...counts });

describe('computeCost', () => {
  it('prices every token kind at its per-million price', () => {
    const counts = usage({
      inputTokens: 1000,
      outputTokens: 500,
      cacheWrite5mTokens: 2000,
      cacheWrite1hTokens: 1000,
      cacheReadTokens: 10_000,
    });
    // 1000*3 + 500*15 + 2000*3.75 + 1000*6 + 10000*0.3 = 27,000 USD per million tokens.
    expect(computeCost(counts, sonnet, 1)).toEqual({ costUsd: 0.027, priceMissing: false });
  });

  it('applies the provider costMultiplier', () => {
    expect(computeCost(usage({ inputTokens: 1_000_000 }), sonnet, 1.5).costUsd).toBe(4.5);
    expect(computeCost(usage({ inputTokens: 1_000_000 }), sonnet, 0).costUsd).toBe(0);
  });

  it('defaults missing cache prices to 1.25x, 2x and 0.1x input', () => {
    const million = 1_000_000;
    expect(computeCost(usage({ cacheWrite5mTokens: million }), noCachePrices, 1).costUsd).toBe(2.5);
    expect(computeCost(usage({ cacheWrite1hTokens: million }), noCachePrices, 1).costUsd).toBe(4);
    expect(computeCost(usage({ cacheReadTokens: million }), noCachePrices, 1).costUsd).toBe(0.2);
  });

  it('uses a listed cache price of 0 instead of the default', () => {
    const freeReads = { ...noCachePrices, cacheReadPerMTok: 0 };
    expect(computeCost(usage({ cacheReadTokens: 5000 }), freeReads, 1).costUsd).toBe(0);
  });

  it('returns cost 0 and flags the price as missing for an unknown model', () => {
    expect(computeCost(usage({ inputTokens: 5000, outputTokens: 100 }), undefined, 2)).toEqual({
      costUsd: 0,
      priceMissing: true,
    });
  });

  it('does not bill reasoning tokens on top of output', () => {
    const withReasoning = usage({ outputTokens: 1000, reasoningTokens: 800 });
    expect(computeCost(withReasoning, sonnet, 1).costUsd).toBe(0.015);
  });

  it('bills at list price when the multiplier is not a usable number', () => {
    const oneMillion = usage({ outputTokens: 1_000_000 });
    expect(computeCost(oneMillion, sonnet, Number.NaN).costUsd).toBe(15);
    expect(computeCost(oneMillion, sonnet, -2).costUsd).toBe(15);
  });

  it('ignores negative or non-finite token counts instead of producing NaN', () => {
    const broken = usage({ inputTokens: -100, outputTokens: Number.NaN, cacheReadTokens: Number.POSITIVE_INFINITY });
    expect(computeCost(broken, sonnet, 1)).toEqual({ costUsd: 0, priceMissing: false });
  });

  it('bills Gemini thoughts at the output price', () => {
    const geminiUsage = usageFromResponse('gemini', geminiBody);
    if (!geminiUsage) throw new Error('fixture has usage');
    const price = findPrice('models/gemini-2.5-pro', seedPrices);
    // (12990 - 12288) * 1.25 + (412 + 1270) * 10 + 12288 * 0.125 = 877.5 + 16820 + 1536 per million tokens.
    expect(computeCost(geminiUsage, price, 1).costUsd).toBeCloseTo(0.0192335, 15);
  });
});

describe('computeCost exactness', () => {
  /** Decimal prices as strings, so the reference never touches a binary double. */
  const table = [
    { model: 'a', prices: ['15', '75', '18.75', '30', '1.5'] },
    { model: 'b', prices: ['3', '15', '3.75', '6', '0.3'] },
    { model: 'c', prices: ['0.05', '0.4', null, null, '0.005'] },
    { model: 'd', prices: ['1.25', '10', null, null, '0.125'] },
    { model: 'e', prices: ['0.075', '0.3', null, null, null] },
    { model: 'f', prices: ['0.8', '4', '1', '1.6', '0.08'] },
  ] as const;
  const multipliers = ['1', '1.1', '0.85', '2.5', '0.33'] as const;

  /** Reference scale: 1e-16 USD (prices to 4 decimals, defaults to 2 more, multipliers to 2). */
  const decimalToBigInt = (text: string, scale: number): bigint => {
    const [whole = '0', fraction = ''] = text.split('.');
    return BigInt(whole + fraction.padEnd(scale, '0'));
  };

  const referenceUnits = (counts: Usage, prices: readonly (string | null)[], multiplier: string): bigint => {
    const perMTok = prices.map((price) => (price === null ? null : decimalToBigInt(price, 6)));
    const input = perMTok[0] ?? 0n;
    const defaults = [input * 100n, (perMTok[1] ?? 0n) * 100n, input * 125n, input * 200n, input * 10n];
    const rates = perMTok.map((price, i) => (price === null ? (defaults[i] ?? 0n) : price * 100n));
    const kinds = [
      counts.inputTokens,
      counts.outputTokens,
      counts.cacheWrite5mTokens,
      counts.cacheWrite1hTokens,
      counts.cacheReadTokens,
    ];
    const sum = kinds.reduce((total, n, i) => total + BigInt(n) * (rates[i] ?? 0n), 0n);
    return sum * decimalToBigInt(multiplier, 2);
  };

  /** Deterministic pseudo-random numbers (mulberry32), so a failure reproduces. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  it('matches an exact decimal computation to 1e-9 USD over 1,000 summed requests', () => {
    const next = random(20261122);
    const int = (max: number) => Math.floor(next() * max);
    let summed = 0;
    let exactUnits = 0n;
    for (let i = 0; i < 1000; i++) {
      const row = table[int(table.length)] ?? table[0];
      const multiplier = multipliers[int(multipliers.length)] ?? '1';
      const counts = usage({
        inputTokens: int(40_000),
        outputTokens: int(32_000),
        cacheWrite5mTokens: int(20_000),
        cacheWrite1hTokens: int(8000),
        cacheReadTokens: int(400_000),
      });
      const [input, output, write5m, write1h, read] = row.prices;
      const price: ModelPrice = {
        model: row.model,
        vendor: 'anthropic',
        inputPerMTok: Number(input),
        outputPerMTok: Number(output),
        cacheWrite5mPerMTok: write5m === null ? null : Number(write5m),
        cacheWrite1hPerMTok: write1h === null ? null : Number(write1h),
        cacheReadPerMTok: read === null ? null : Number(read),
      };
      const { costUsd } = computeCost(counts, price, Number(multiplier));
      const exact = referenceUnits(counts, row.prices, multiplier);
      // Each request on its own is within a few ulps of the exact value.
      expect(Math.abs(costUsd - Number(exact) / 1e16)).toBeLessThanOrEqual(costUsd * 1e-15);
      summed += costUsd;
      exactUnits += exact;
    }
    const exactTotal = Number(exactUnits) / 1e16;
    expect(exactTotal).toBeGreaterThan(100);
    expect(Math.abs(summed - exactTotal)).toBeLessThan(1e-9);
  });
});
