// The price list's search: a model-name substring (case-insensitive) and an optional source.
import type { Price, PriceSource } from '../../api/prices-api.ts';

export interface PriceFilter {
  query: string;
  /** '' for every source; 'edited' for rows an admin entered. */
  source: '' | 'edited' | PriceSource;
}

export function filterPrices(list: readonly Price[], filter: PriceFilter): Price[] {
  const needle = filter.query.trim().toLowerCase();
  return list.filter((price) => {
    if (needle !== '' && !price.model.toLowerCase().includes(needle)) return false;
    if (filter.source === '') return true;
    if (filter.source === 'edited') return price.source === 'manual';
    return price.source === filter.source;
  });
}
