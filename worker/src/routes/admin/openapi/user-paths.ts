// /users, /users/{id} and /users/{id}/limits/reset (SPEC §7.2).
import { z } from 'zod';
import { createUserSchema, patchUserSchema } from '../user-schema.ts';
import { limitResponseFields, nullableTimestamp, timestamp } from './common-schemas.ts';
import { authErrors, errorResponses, idParameter, jsonBody, jsonResponse, listOf, type ApiSection } from './openapi-parts.ts';

/** A user as the admin API answers it (present-resources.ts: the row without its delete marker). */
export const userResourceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  note: z.string().nullable(),
  enabled: z.boolean(),
  expiresAt: nullableTimestamp,
  providerGroup: z.string().nullable().describe('Comma-separated provider tags; null means every provider'),
  ...limitResponseFields,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const limitsResetSchema = z.object({ id: z.number().int(), reset: z.literal(true), resetAt: timestamp });

const tags = ['users'];
const user = idParameter('user');

export const userSection: ApiSection = {
  tag: { name: 'users', description: 'Users own keys and carry limits and a provider group' },
  schemas: { User: userResourceSchema, UserCreate: createUserSchema, UserPatch: patchUserSchema, LimitsReset: limitsResetSchema },
  paths: {
    '/users': {
      get: {
        summary: 'List users',
        operationId: 'listUsers',
        tags,
        responses: { '200': jsonResponse('All live users', listOf('users', 'User')), ...errorResponses(...authErrors) },
      },
      post: {
        summary: 'Create a user',
        operationId: 'createUser',
        tags,
        requestBody: jsonBody('UserCreate'),
        responses: { '201': jsonResponse('Created', 'User'), ...errorResponses(400, 409, ...authErrors) },
      },
    },
    '/users/{id}': {
      get: {
        summary: 'One user',
        operationId: 'getUser',
        tags,
        parameters: [user],
        responses: { '200': jsonResponse('The user', 'User'), ...errorResponses(404, ...authErrors) },
      },
      patch: {
        summary: 'Change a user; applies to the next proxied request of each of its keys',
        operationId: 'updateUser',
        tags,
        parameters: [user],
        requestBody: jsonBody('UserPatch'),
        responses: { '200': jsonResponse('The changed user', 'User'), ...errorResponses(400, 404, 409, ...authErrors) },
      },
      delete: {
        summary: 'Delete a user and all its keys',
        operationId: 'deleteUser',
        tags,
        parameters: [user],
        responses: {
          '200': jsonResponse('Deleted', {
            type: 'object',
            properties: { deleted: { const: true }, id: { type: 'integer' }, keysDeleted: { type: 'integer' } },
            required: ['deleted', 'id', 'keysDeleted'],
          }),
          ...errorResponses(404, ...authErrors),
        },
      },
    },
    '/users/{id}/limits/reset': {
      post: {
        summary: "Empty the user's spend windows",
        operationId: 'resetUserLimits',
        tags,
        parameters: [user],
        responses: { '200': jsonResponse('Reset', 'LimitsReset'), ...errorResponses(404, ...authErrors) },
      },
    },
  },
};
