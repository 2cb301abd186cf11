// /users/{id}/keys, /keys/{id} and /keys/{id}/limits/reset (SPEC §3.2, §7.2).
import { z } from 'zod';
import { createKeySchema, patchKeySchema } from '../key-schema.ts';
import { limitResponseFields, nullableTimestamp, timestamp } from './common-schemas.ts';
import { authErrors, errorResponses, idParameter, jsonBody, jsonResponse, listOf, type ApiSection } from './openapi-parts.ts';

/** A key as the admin API answers it: never its hash, only its last four characters. */
export const keyResourceSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  name: z.string(),
  lastFour: z.string().describe('All that is ever shown of a key after its creation'),
  enabled: z.boolean(),
  expiresAt: nullableTimestamp,
  ...limitResponseFields,
  lastUsedAt: nullableTimestamp,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const createdKeySchema = keyResourceSchema.extend({ key: z.string().describe('The full key, returned only here, once') });

const tags = ['keys'];

export const keySection: ApiSection = {
  tag: { name: 'keys', description: "Client keys (cch_…), stored only as hashes; limits cannot exceed their user's" },
  schemas: { Key: keyResourceSchema, KeyCreated: createdKeySchema, KeyCreate: createKeySchema, KeyPatch: patchKeySchema },
  paths: {
    '/users/{id}/keys': {
      get: {
        summary: "A user's keys",
        operationId: 'listKeys',
        tags,
        parameters: [idParameter('user')],
        responses: { '200': jsonResponse("The user's live keys", listOf('keys', 'Key')), ...errorResponses(404, ...authErrors) },
      },
      post: {
        summary: 'Create a key; the answer is the only time the full key is shown',
        operationId: 'createKey',
        tags,
        parameters: [idParameter('user')],
        requestBody: jsonBody('KeyCreate'),
        responses: { '201': jsonResponse('Created', 'KeyCreated'), ...errorResponses(400, 404, ...authErrors) },
      },
    },
    '/keys/{id}': {
      patch: {
        summary: 'Change a key; applies to its next proxied request',
        operationId: 'updateKey',
        tags,
        parameters: [idParameter('key')],
        requestBody: jsonBody('KeyPatch'),
        responses: { '200': jsonResponse('The changed key', 'Key'), ...errorResponses(400, 404, ...authErrors) },
      },
      delete: {
        summary: 'Delete a key',
        operationId: 'deleteKey',
        tags,
        parameters: [idParameter('key')],
        responses: { '200': jsonResponse('Deleted', 'Deleted'), ...errorResponses(404, ...authErrors) },
      },
    },
    '/keys/{id}/limits/reset': {
      post: {
        summary: "Empty the key's spend windows",
        operationId: 'resetKeyLimits',
        tags,
        parameters: [idParameter('key')],
        responses: { '200': jsonResponse('Reset', 'LimitsReset'), ...errorResponses(404, ...authErrors) },
      },
    },
  },
};
