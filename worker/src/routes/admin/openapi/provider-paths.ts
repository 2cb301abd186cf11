// /providers, /providers/{id}, /providers/health and /providers/{id}/circuit/reset (SPEC §4.2, §4.6, §7.2).
import { z } from 'zod';
import { providerTypes } from '../../../db/schema/providers.ts';
import { createProviderSchema, patchProviderSchema } from '../provider-schema.ts';
import { nullableTimestamp, timestamp } from './common-schemas.ts';
import { authErrors, errorResponses, idParameter, jsonBody, jsonResponse, listOf, type ApiSection } from './openapi-parts.ts';

const usdLimit = z.number().nullable();

/** A provider as the admin API answers it: the API key is write-only, only `hasApiKey` shows. */
export const providerResourceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.enum(providerTypes),
  baseUrl: z.string(),
  hasApiKey: z.boolean(),
  enabled: z.boolean(),
  weight: z.number().int(),
  priority: z.number().int(),
  groupTag: z.string().nullable(),
  allowedModels: z.array(z.string()),
  modelRedirects: z.array(z.object({ from: z.string(), to: z.string() })),
  customHeaders: z.record(z.string(), z.string()),
  costMultiplier: z.number(),
  limitConcurrentSessions: z.number().int(),
  limit5hUsd: usdLimit,
  dailyLimitUsd: usdLimit,
  limitWeeklyUsd: usdLimit,
  limitMonthlyUsd: usdLimit,
  circuitBreakerFailureThreshold: z.number().int(),
  circuitBreakerOpenDuration: z.number().int().describe('ms'),
  circuitBreakerHalfOpenSuccessThreshold: z.number().int(),
  firstByteTimeout: z.number().int().describe('ms'),
  idleTimeout: z.number().int().describe('ms'),
  requestTimeout: z.number().int().describe('ms'),
  maxRetryAttempts: z.number().int().nullable().describe('null means MAX_RETRY_ATTEMPTS_DEFAULT'),
  proxyUrl: z.string().nullable().describe('A password shows as ********; sending the URL back with that mask keeps the stored password'),
  proxyFallbackToDirect: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const spendHealth = z.object({
  window: z.enum(['spend5h', 'daily', 'weekly', 'monthly']),
  currentUsd: z.number(),
  maxUsd: z.number().nullable(),
  resetAt: nullableTimestamp,
});

/** One provider's breaker and load, from its ProviderGate; `reachable: false` carries only the first fields. */
export const providerHealthSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  enabled: z.boolean(),
  reachable: z.boolean().describe('false when its ProviderGate could not be asked; the fields below are then absent'),
  status: z.enum(['closed', 'open', 'half_open']).optional(),
  consecutiveFailures: z.number().int().optional(),
  failureThreshold: z.number().int().optional(),
  openedAt: nullableTimestamp.optional(),
  reopenAt: nullableTimestamp.optional().describe('When OPEN turns HALF-OPEN'),
  halfOpenSuccesses: z.number().int().optional(),
  activeTrials: z.number().int().optional(),
  activeSessions: z.number().int().optional(),
  maxSessions: z.number().int().nullable().optional(),
  recent: z
    .object({
      windowMs: z.number(),
      requests: z.number().int(),
      failures: z.number().int(),
      errorRate: z.number().nullable(),
      avgLatencyMs: z.number().nullable(),
      p95LatencyMs: z.number().nullable(),
    })
    .optional(),
  spend: z.array(spendHealth).optional(),
});

const tags = ['providers'];
const provider = idParameter('provider');
const needsKey = 'Creating or changing a provider needs ENCRYPTION_KEY (503 encryption_key_missing without it).';

export const providerSection: ApiSection = {
  tag: { name: 'providers', description: 'Upstream providers, their breakers and health' },
  schemas: {
    Provider: providerResourceSchema,
    ProviderCreate: createProviderSchema,
    ProviderPatch: patchProviderSchema,
    ProviderHealth: providerHealthSchema,
  },
  paths: {
    '/providers': {
      get: {
        summary: 'List providers',
        operationId: 'listProviders',
        tags,
        responses: { '200': jsonResponse('All live providers', listOf('providers', 'Provider')), ...errorResponses(...authErrors) },
      },
      post: {
        summary: 'Create a provider',
        description: needsKey,
        operationId: 'createProvider',
        tags,
        requestBody: jsonBody('ProviderCreate'),
        responses: { '201': jsonResponse('Created', 'Provider'), ...errorResponses(400, 409, ...authErrors) },
      },
    },
    '/providers/{id}': {
      get: {
        summary: 'One provider',
        operationId: 'getProvider',
        tags,
        parameters: [provider],
        responses: { '200': jsonResponse('The provider', 'Provider'), ...errorResponses(404, ...authErrors) },
      },
      patch: {
        summary: 'Change a provider; an `apiKey` replaces the stored one',
        description: needsKey,
        operationId: 'updateProvider',
        tags,
        parameters: [provider],
        requestBody: jsonBody('ProviderPatch'),
        responses: { '200': jsonResponse('The changed provider', 'Provider'), ...errorResponses(400, 404, 409, ...authErrors) },
      },
      delete: {
        summary: 'Delete a provider',
        operationId: 'deleteProvider',
        tags,
        parameters: [provider],
        responses: { '200': jsonResponse('Deleted', 'Deleted'), ...errorResponses(404, ...authErrors) },
      },
    },
    '/providers/health': {
      get: {
        summary: 'Breaker state, failures, reopen time, active sessions, recent latency and error rate of every provider',
        operationId: 'providerHealth',
        tags,
        responses: { '200': jsonResponse('One entry per live provider', listOf('providers', 'ProviderHealth')), ...errorResponses(...authErrors) },
      },
    },
    '/providers/{id}/circuit/reset': {
      post: {
        summary: "Close the provider's circuit breaker",
        operationId: 'resetProviderCircuit',
        tags,
        parameters: [provider],
        responses: {
          '200': jsonResponse('Closed', {
            type: 'object',
            properties: { id: { type: 'integer' }, status: { const: 'closed' } },
            required: ['id', 'status'],
          }),
          ...errorResponses(404, ...authErrors),
        },
      },
    },
  },
};
