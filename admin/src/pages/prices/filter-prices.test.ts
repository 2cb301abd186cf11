// The price list's search by model and source.
import { describe, expect, it } from 'vitest';
import type { Price } from '../../api/prices-api.ts';
import { filterPrices } from './filter-prices.ts';

const price = (model: string, source: Price['source']): Price => ({
  id: source === 'shipped' ? null : 1,
  model,
  vendor: null,
  inputPerMTok: 1,
  outputPerMTok: 2,
  cacheWrite5mPerMTok: null,
  cacheWrite1hPerMTok: null,
  cacheReadPerMTok: null,
  source,
});

const list = [price('claude-opus-4-1', 'shipped'), price('Claude-Sonnet-4-5', 'manual'), price('gpt-5', 'sync')];

describe('filterPrices', () => {
  it('matches a part of the model name in any case', () => {
    expect(filterPrices(list, { query: ' CLAUDE ', source: '' }).map((p) => p.model)).toEqual(['claude-opus-4-1', 'Claude-Sonnet-4-5']);
  });

  it('keeps only admin-edited rows, or one source', () => {
    expect(filterPrices(list, { query: '', source: 'edited' }).map((p) => p.model)).toEqual(['Claude-Sonnet-4-5']);
    expect(filterPrices(list, { query: 'gpt', source: 'sync' }).map((p) => p.model)).toEqual(['gpt-5']);
    expect(filterPrices(list, { query: 'gpt', source: 'shipped' })).toEqual([]);
  });
});
