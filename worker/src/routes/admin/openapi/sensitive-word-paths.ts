// /sensitive-words and /sensitive-words/{id} (SPEC §8.1): rules checked against user-authored text.
import { z } from 'zod';
import { matchTypes } from '../../../db/schema/sensitive-words.ts';
import { createSensitiveWordSchema, patchSensitiveWordSchema } from '../sensitive-word-schema.ts';
import { timestamp } from './common-schemas.ts';
import { authErrors, errorResponses, idParameter, jsonBody, jsonResponse, listOf, type ApiSection } from './openapi-parts.ts';

export const sensitiveWordResourceSchema = z.object({
  id: z.number().int(),
  pattern: z.string(),
  matchType: z.enum(matchTypes),
  description: z.string().nullable(),
  enabled: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const tags = ['sensitive-words'];
const word = idParameter('rule');

export const sensitiveWordSection: ApiSection = {
  tag: { name: 'sensitive-words', description: 'Words and patterns refused in user-authored text' },
  schemas: {
    SensitiveWord: sensitiveWordResourceSchema,
    SensitiveWordCreate: createSensitiveWordSchema,
    SensitiveWordPatch: patchSensitiveWordSchema,
  },
  paths: {
    '/sensitive-words': {
      get: {
        summary: 'List the rules',
        operationId: 'listSensitiveWords',
        tags,
        responses: { '200': jsonResponse('All rules', listOf('sensitiveWords', 'SensitiveWord')), ...errorResponses(...authErrors) },
      },
      post: {
        summary: 'Add a rule; a regex rule must compile',
        operationId: 'createSensitiveWord',
        tags,
        requestBody: jsonBody('SensitiveWordCreate'),
        responses: { '201': jsonResponse('Created', 'SensitiveWord'), ...errorResponses(400, ...authErrors) },
      },
    },
    '/sensitive-words/{id}': {
      patch: {
        summary: 'Change a rule',
        operationId: 'updateSensitiveWord',
        tags,
        parameters: [word],
        requestBody: jsonBody('SensitiveWordPatch'),
        responses: { '200': jsonResponse('The changed rule', 'SensitiveWord'), ...errorResponses(400, 404, ...authErrors) },
      },
      delete: {
        summary: 'Delete a rule',
        operationId: 'deleteSensitiveWord',
        tags,
        parameters: [word],
        responses: { '200': jsonResponse('Deleted', 'Deleted'), ...errorResponses(404, ...authErrors) },
      },
    },
  },
};
