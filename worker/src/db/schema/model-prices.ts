// Per-million-token prices (SPEC §6.1); null cache prices fall back to the defaults.
import { numeric, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';

const perMillion = (name: string) => numeric(name, { precision: 14, scale: 6, mode: 'number' });

export const priceSources = ['seed', 'sync', 'manual'] as const;

export const modelPrices = pgTable(
  'model_prices',
  {
    id: serial('id').primaryKey(),
    model: text('model').notNull(),
    vendor: text('vendor'),
    inputPerMTok: perMillion('input_per_mtok').notNull(),
    outputPerMTok: perMillion('output_per_mtok').notNull(),
    cacheWrite5mPerMTok: perMillion('cache_write_5m_per_mtok'),
    cacheWrite1hPerMTok: perMillion('cache_write_1h_per_mtok'),
    cacheReadPerMTok: perMillion('cache_read_per_mtok'),
    source: text('source', { enum: priceSources }).notNull().default('manual'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('model_prices_model').on(t.model)],
);
