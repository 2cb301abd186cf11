// /login, /logout and /me (SPEC §7.1): the only admin routes that need no credentials are the
// first two.
import { z } from 'zod';
import { loginSchema } from '../session.ts';
import { authErrors, errorResponses, jsonBody, jsonResponse, type ApiSection } from './openapi-parts.ts';

const tags = ['session'];
const open: Array<Record<string, string[]>> = [];

export const sessionSection: ApiSection = {
  tag: { name: 'session', description: 'Login with ADMIN_TOKEN for a session cookie, or send it as a Bearer token' },
  schemas: {
    LoginRequest: loginSchema,
    LoginResult: z.object({ authenticated: z.literal(true), via: z.literal('session'), expiresAt: z.iso.datetime() }),
    Me: z.object({ authenticated: z.literal(true), via: z.enum(['token', 'session']) }),
  },
  paths: {
    '/login': {
      post: {
        summary: 'Exchange ADMIN_TOKEN for an HttpOnly session cookie',
        description: 'Failed logins are throttled per client address (429 with Retry-After).',
        operationId: 'login',
        tags,
        security: open,
        requestBody: jsonBody('LoginRequest'),
        responses: {
          '200': {
            ...jsonResponse('Logged in; the session cookie is set', 'LoginResult'),
            headers: { 'Set-Cookie': { description: 'cch_admin_session, HttpOnly, SameSite=Strict, Path=/api/admin', schema: { type: 'string' } } },
          },
          ...errorResponses(400, 401, 429, 503),
        },
      },
    },
    '/logout': {
      post: {
        summary: 'Clear the session cookie',
        operationId: 'logout',
        tags,
        security: open,
        responses: {
          '200': jsonResponse('Logged out', { type: 'object', properties: { authenticated: { const: false } }, required: ['authenticated'] }),
          ...errorResponses(503),
        },
      },
    },
    '/me': {
      get: {
        summary: 'How the caller is authenticated',
        operationId: 'me',
        tags,
        responses: { '200': jsonResponse('Authenticated', 'Me'), ...errorResponses(...authErrors) },
      },
    },
  },
};
