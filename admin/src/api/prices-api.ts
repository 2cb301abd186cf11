// Typed calls to /api/admin/prices (SPEC §6.1, §7.2): the price table in force and edits to it.
import { request } from './http-client.ts';

export const priceVendors = ['anthropic', 'openai', 'google'] as const;
export type PriceVendor = (typeof priceVendors)[number];

/** Where a price comes from: shipped with the product, loaded by a sync, or entered by an admin. */
export type PriceSource = 'shipped' | 'seed' | 'sync' | 'manual';

export interface PriceFields {
  model: string;
  vendor: PriceVendor | null;
  inputPerMTok: number;
  outputPerMTok: number;
  cacheWrite5mPerMTok: number | null;
  cacheWrite1hPerMTok: number | null;
  cacheReadPerMTok: number | null;
}

/** One entry of GET /prices; shipped entries have no row, so no id. */
export interface Price extends PriceFields {
  id: number | null;
  source: PriceSource;
  updatedAt?: string;
}

export type PriceInput = Partial<PriceFields>;

export interface PriceSyncOutcome {
  ok: true;
  updated: number;
}

export const prices = {
  list: async () => (await request<{ prices: Price[] }>('/prices')).prices,
  create: (input: PriceInput) => request<Price>('/prices', { method: 'POST', body: input }),
  update: (id: number, input: PriceInput) => request<Price>(`/prices/${id}`, { method: 'PATCH', body: input }),
  remove: (id: number) => request<{ deleted: true }>(`/prices/${id}`, { method: 'DELETE' }),
  /** Without a URL the gateway uses the priceSyncUrl setting. */
  sync: (url?: string) => request<PriceSyncOutcome>('/prices/sync', { method: 'POST', body: url === undefined ? {} : { url } }),
};
