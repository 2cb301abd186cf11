// /logs and /logs/{id} (SPEC §6.2, §7.2): the request log, newest first, with cursor pagination.
import { z } from 'zod';
import { blockedByReasons, errorCategories } from '../../../db/schema/request-log.ts';
import { wireFormats } from '../../../formats/format.ts';
import { logQuery } from '../logs.ts';
import { timestamp } from './common-schemas.ts';
import { authErrors, errorResponses, idParameter, jsonResponse, queryParameters, type ApiSection } from './openapi-parts.ts';

const count = z.number().int();
const dateQuery = { type: 'string', description: 'A date or ISO 8601 date-time', examples: ['2026-11-01T00:00:00Z'] };

/** One upstream attempt (SPEC §4.5). */
export const chainEntrySchema = z.object({
  providerId: z.number().int(),
  providerName: z.string(),
  providerFormat: z.enum(wireFormats),
  reason: z.enum(['session_reuse', 'weighted_random', 'retry']).describe('Why this provider was chosen'),
  attempt: z.number().int(),
  modelSent: z.string().optional(),
  outcome: z.enum(['success', 'failure', 'client_error', 'aborted']),
  statusCode: z.number().int().optional(),
  category: z.enum(errorCategories).optional(),
  error: z.string().optional(),
  startedAt: z.number().describe('Epoch milliseconds'),
  durationMs: z.number(),
  ttfbMs: z.number().optional().describe('Time to the response headers'),
  proxy: z
    .object({ address: z.string().describe('host:port, never the credentials'), outcome: z.enum(['tunnelled', 'failed', 'fell_back_to_direct']), error: z.string().optional() })
    .optional()
    .describe("How the provider's outbound proxy was used; absent without one"),
});

/** One request as logged, rejected ones included. */
export const logEntrySchema = z.object({
  id: z.number().int(),
  requestId: z.string(),
  createdAt: timestamp,
  userId: z.number().int().nullable(),
  userName: z.string().nullable().describe("The user's name (also of a deleted user)"),
  keyId: z.number().int().nullable(),
  keyName: z.string().nullable().describe("The key's name (also of a deleted key)"),
  sessionId: z.string().nullable(),
  providerId: z.number().int().nullable(),
  endpoint: z.string(),
  clientFormat: z.string().nullable(),
  providerFormat: z.string().nullable(),
  modelRequested: z.string().nullable(),
  modelSent: z.string().nullable(),
  stream: z.boolean(),
  statusCode: z.number().int(),
  errorCategory: z.enum(errorCategories).nullable(),
  errorMessage: z.string().nullable(),
  blockedBy: z.enum(blockedByReasons).nullable(),
  limitName: z.string().nullable().describe('The limit that refused a 429: rpm, spend5h, daily, weekly, monthly, total, concurrentSessions, or authThrottle'),
  inputTokens: count,
  outputTokens: count,
  cacheWrite5mTokens: count,
  cacheWrite1hTokens: count,
  cacheReadTokens: count,
  reasoningTokens: count,
  costUsd: z.number(),
  priceMissing: z.boolean().describe('The model had no price: cost is 0'),
  durationMs: z.number().int().nullable(),
  ttfbMs: z.number().int().nullable(),
  providerChain: z.array(chainEntrySchema).describe('Every provider attempt in order, with its outcome'),
  userAgent: z.string().nullable(),
  clientIp: z.string().nullable(),
});

export const logPageSchema = z.object({ logs: z.array(logEntrySchema), nextCursor: z.string().nullable() });

const tags = ['logs'];

export const logSection: ApiSection = {
  tag: { name: 'logs', description: 'The request log' },
  schemas: { ChainEntry: chainEntrySchema, LogEntry: logEntrySchema, LogPage: logPageSchema },
  paths: {
    '/logs': {
      get: {
        summary: 'Logged requests, newest first',
        description: 'Pass `nextCursor` back as `cursor` for the next page; null means the last page.',
        operationId: 'listLogs',
        tags,
        parameters: queryParameters(logQuery, { from: dateQuery, to: { ...dateQuery, description: 'Exclusive end' } }),
        responses: { '200': jsonResponse('A page of requests', 'LogPage'), ...errorResponses(400, ...authErrors) },
      },
    },
    '/logs/{id}': {
      get: {
        summary: 'One logged request with its provider chain',
        operationId: 'getLog',
        tags,
        parameters: [idParameter('log entry')],
        responses: { '200': jsonResponse('The request', 'LogEntry'), ...errorResponses(404, ...authErrors) },
      },
    },
  },
};
