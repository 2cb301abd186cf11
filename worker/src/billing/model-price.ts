// One model's prices in USD per million tokens, as stored in the price table and edited in the admin.

export type PriceVendor = 'anthropic' | 'openai' | 'google';

export interface ModelPrice {
  model: string;
  vendor: PriceVendor;
  inputPerMTok: number;
  outputPerMTok: number;
  /** null: the vendor publishes no such price; cost falls back to the §6.1 default (1.25x input). */
  cacheWrite5mPerMTok: number | null;
  /** null: falls back to 2x input. */
  cacheWrite1hPerMTok: number | null;
  /** null: falls back to 0.1x input. */
  cacheReadPerMTok: number | null;
}
