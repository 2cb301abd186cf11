// /users/{id}/usage and /keys/{id}/usage (SPEC §5, §7.2): where a user or key stands against each limit.
import { z } from 'zod';
import { nullableTimestamp } from './common-schemas.ts';
import { authErrors, errorResponses, idParameter, jsonResponse, type ApiSection } from './openapi-parts.ts';

export const principalUsageSchema = z.object({
  limits: z.array(
    z.object({
      limit: z.enum(['rpm', 'spend5h', 'daily', 'weekly', 'monthly', 'total', 'concurrentSessions']),
      unit: z.enum(['requests', 'usd', 'sessions']),
      current: z.number().describe('Requests in the last minute, USD (settled plus reserved) or active sessions'),
      max: z.number().nullable().describe('null when the limit is off'),
      remaining: z.number().nullable(),
      resetAt: nullableTimestamp.describe('When the value next drops; null = never'),
    }),
  ),
  enforced: z.boolean().describe('ENABLE_RATE_LIMIT'),
});

const description = "Read from the principal's Limiter with the current limits; 503 limiter_unavailable when it cannot be reached.";

export const usageSection: ApiSection = {
  tag: { name: 'usage', description: 'Current usage of users and keys against their limits' },
  schemas: { PrincipalUsage: principalUsageSchema },
  paths: {
    '/users/{id}/usage': {
      get: {
        summary: "A user's usage against each of its limits",
        description,
        operationId: 'userUsage',
        tags: ['users', 'usage'],
        parameters: [idParameter('user')],
        responses: { '200': jsonResponse('Usage per limit', 'PrincipalUsage'), ...errorResponses(404, ...authErrors) },
      },
    },
    '/keys/{id}/usage': {
      get: {
        summary: "A key's usage against each of its limits",
        description,
        operationId: 'keyUsage',
        tags: ['keys', 'usage'],
        parameters: [idParameter('key')],
        responses: { '200': jsonResponse('Usage per limit', 'PrincipalUsage'), ...errorResponses(404, ...authErrors) },
      },
    },
  },
};
