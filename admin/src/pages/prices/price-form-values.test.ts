// Reading the price form into the API body, and which call a save makes.
import { describe, expect, it } from 'vitest';
import type { Price } from '../../api/prices-api.ts';
import { priceValues, priceWriteOf, readPriceForm } from './price-form-values.ts';

const shipped: Price = {
  id: null,
  model: 'claude-sonnet-4-5',
  vendor: 'anthropic',
  inputPerMTok: 3,
  outputPerMTok: 15,
  cacheWrite5mPerMTok: 3.75,
  cacheWrite1hPerMTok: 6,
  cacheReadPerMTok: null,
  source: 'shipped',
};

describe('readPriceForm', () => {
  it('round-trips a price, keeping an empty cache price as null (the §6.1 default)', () => {
    const { input, errors } = readPriceForm(priceValues(shipped));
    expect(errors).toEqual({});
    expect(input).toEqual({
      model: 'claude-sonnet-4-5',
      vendor: 'anthropic',
      inputPerMTok: 3,
      outputPerMTok: 15,
      cacheWrite5mPerMTok: 3.75,
      cacheWrite1hPerMTok: 6,
      cacheReadPerMTok: null,
    });
  });

  it('names each field that is missing, negative or not a number', () => {
    const values = { ...priceValues(undefined), inputPerMTok: '-1', outputPerMTok: 'cheap', cacheReadPerMTok: '200000' };
    const { errors } = readPriceForm(values);
    expect(Object.keys(errors).sort()).toEqual(['cacheReadPerMTok', 'inputPerMTok', 'model', 'outputPerMTok']);
  });

  it('sends no vendor for an unknown or empty choice', () => {
    expect(readPriceForm({ ...priceValues(shipped), vendor: '' }).input.vendor).toBeNull();
  });
});

describe('priceWriteOf', () => {
  it('creates an override for a shipped price and patches a stored row', () => {
    expect(priceWriteOf(undefined)).toEqual({ method: 'create' });
    expect(priceWriteOf(shipped)).toEqual({ method: 'create' });
    expect(priceWriteOf({ ...shipped, id: 7, source: 'manual' })).toEqual({ method: 'update', id: 7 });
  });
});
