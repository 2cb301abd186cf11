// /providers/{id}/test (SPEC §4.9): a minimal real request to the provider; a failing upstream is a
// 200 with `ok: false`, not an error of this API.
import { z } from 'zod';
import { providerTestSchema } from '../provider-test.ts';
import { authErrors, errorResponses, idParameter, jsonResponse, ref, type ApiSection } from './openapi-parts.ts';

export const providerTestResultSchema = z.object({
  providerId: z.number().int(),
  ok: z.boolean(),
  status: z.number().int().nullable().describe("The upstream's HTTP status; null when no answer arrived"),
  latencyMs: z.number(),
  model: z.string().describe('The model the upstream says answered, else the one sent'),
  text: z.string().nullable(),
  error: z.string().nullable(),
  proxy: z
    .object({
      address: z.string().describe('host:port, never the credentials'),
      outcome: z.enum(['tunnelled', 'failed', 'fell_back_to_direct']),
      error: z.string().optional(),
    })
    .nullable()
    .describe("How the provider's outbound proxy was used; null without one"),
});

export const providerTestSection: ApiSection = {
  tag: { name: 'providers', description: 'Upstream providers, their breakers and health' },
  schemas: { ProviderTestRequest: providerTestSchema, ProviderTestResult: providerTestResultSchema },
  paths: {
    '/providers/{id}/test': {
      post: {
        summary: 'Test the connection with a minimal real request',
        description: 'The body may be empty, which tests the provider default model. Needs ENCRYPTION_KEY.',
        operationId: 'testProvider',
        tags: ['providers'],
        parameters: [idParameter('provider')],
        requestBody: { required: false, content: { 'application/json': { schema: ref('ProviderTestRequest') } } },
        responses: { '200': jsonResponse('The outcome, failures included', 'ProviderTestResult'), ...errorResponses(400, 404, ...authErrors) },
      },
    },
  },
};
