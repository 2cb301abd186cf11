// /openapi.json: this document itself.
import { authErrors, errorResponses, jsonResponse, type ApiSection } from './openapi-parts.ts';

export const openapiSection: ApiSection = {
  tag: { name: 'meta', description: 'About the API itself' },
  schemas: {},
  paths: {
    '/openapi.json': {
      get: {
        summary: 'This OpenAPI 3.1 document',
        operationId: 'openapi',
        tags: ['meta'],
        responses: { '200': jsonResponse('The document', { type: 'object' }), ...errorResponses(...authErrors) },
      },
    },
  },
};
