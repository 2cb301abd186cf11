// /prices, /prices/{id} and /prices/sync (SPEC §6.1, §7.2): shipped prices with the database's edits on top.
import { z } from 'zod';
import { createPriceSchema, patchPriceSchema } from '../../../billing/price-schema.ts';
import { priceSources } from '../../../db/schema/model-prices.ts';
import { syncSchema } from '../prices.ts';
import { timestamp } from './common-schemas.ts';
import { authErrors, errorResponses, idParameter, jsonBody, jsonResponse, listOf, type ApiSection } from './openapi-parts.ts';

const perMillion = z.number().describe('USD per million tokens');

/** A price row, or (in the list only) a shipped price nobody edited: `id` null, source `shipped`. */
export const priceResourceSchema = z.object({
  id: z.number().int().nullable(),
  model: z.string(),
  vendor: z.string().nullable(),
  inputPerMTok: perMillion,
  outputPerMTok: perMillion,
  cacheWrite5mPerMTok: perMillion.nullable(),
  cacheWrite1hPerMTok: perMillion.nullable(),
  cacheReadPerMTok: perMillion.nullable(),
  source: z.enum([...priceSources, 'shipped']),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
});

const tags = ['prices'];
const price = idParameter('price');

export const priceSection: ApiSection = {
  tag: { name: 'prices', description: 'Model prices used for cost' },
  schemas: {
    Price: priceResourceSchema,
    PriceCreate: createPriceSchema,
    PricePatch: patchPriceSchema,
    PriceSyncRequest: syncSchema,
    PriceSyncResult: z.object({ ok: z.literal(true), updated: z.number().int() }),
  },
  paths: {
    '/prices': {
      get: {
        summary: 'The price table in force',
        operationId: 'listPrices',
        tags,
        responses: { '200': jsonResponse('Every price, by model', listOf('prices', 'Price')), ...errorResponses(...authErrors) },
      },
      post: {
        summary: 'Add a price',
        operationId: 'createPrice',
        tags,
        requestBody: jsonBody('PriceCreate'),
        responses: { '201': jsonResponse('Created', 'Price'), ...errorResponses(400, 409, ...authErrors) },
      },
    },
    '/prices/{id}': {
      patch: {
        summary: 'Change a price',
        operationId: 'updatePrice',
        tags,
        parameters: [price],
        requestBody: jsonBody('PricePatch'),
        responses: { '200': jsonResponse('The changed price', 'Price'), ...errorResponses(400, 404, ...authErrors) },
      },
      delete: {
        summary: 'Delete an edited price; the shipped one applies again',
        operationId: 'deletePrice',
        tags,
        parameters: [price],
        responses: { '200': jsonResponse('Deleted', 'Deleted'), ...errorResponses(404, ...authErrors) },
      },
    },
    '/prices/sync': {
      post: {
        summary: 'Load a price document from `url`, or from the priceSyncUrl setting',
        operationId: 'syncPrices',
        tags,
        requestBody: jsonBody('PriceSyncRequest'),
        responses: { '200': jsonResponse('Loaded', 'PriceSyncResult'), ...errorResponses(400, 502, ...authErrors) },
      },
    },
  },
};
