// Assembles an OpenAPI 3.1 document from resource sections: paths merged, the sections' zod schemas
// turned into components with z.toJSONSchema, the shared error responses and security schemes added.
import type { z } from 'zod';
import { commonSchemas } from './common-schemas.ts';
import { jsonResponse, jsonSchemaOf, type ApiSection, type JsonSchema, type PathItem } from './openapi-parts.ts';

const errorResponses: Record<string, JsonSchema> = {
  ValidationError: jsonResponse('The body is not JSON, or fields failed validation (listed per field)', 'ValidationErrorBody'),
  Unauthorized: jsonResponse('No or wrong credentials (code admin_auth_required, invalid_admin_token)', 'ErrorBody'),
  Forbidden: jsonResponse('A cookie-authenticated write without an Origin or Referer of this host (code csrf_rejected)', 'ErrorBody'),
  NotFound: jsonResponse('No such resource (code not_found)', 'ErrorBody'),
  Conflict: jsonResponse('The name is taken (code name_taken)', 'ErrorBody'),
  TooManyRequests: {
    ...jsonResponse('Too many failed logins from this address (code admin_login_throttled)', 'ErrorBody'),
    headers: { 'Retry-After': { description: 'Seconds until the address may try again', schema: { type: 'integer' } } },
  },
  BadGateway: jsonResponse('An outside service the route depends on failed', 'ErrorBody'),
  Unavailable: jsonResponse(
    'ADMIN_TOKEN is unfit (code admin_token_unfit), or a part the route needs is unavailable (ENCRYPTION_KEY, a Durable Object)',
    'ErrorBody',
  ),
};

/** Joins the sections' paths and schemas; a name or an operation given twice is a mistake, not an override. */
function mergeSections(sections: readonly ApiSection[]): { paths: Record<string, PathItem>; schemas: Record<string, z.ZodType> } {
  const paths: Record<string, PathItem> = {};
  const schemas: Record<string, z.ZodType> = { ...commonSchemas };
  for (const section of sections) {
    for (const [path, item] of Object.entries(section.paths)) {
      const clash = Object.keys(item).find((method) => paths[path]?.[method as keyof PathItem] !== undefined);
      if (clash !== undefined) throw new Error(`OpenAPI: ${clash.toUpperCase()} ${path} is described twice`);
      paths[path] = { ...paths[path], ...item };
    }
    for (const [name, schema] of Object.entries(section.schemas)) {
      if (name in schemas) throw new Error(`OpenAPI: schema ${name} is named twice`);
      schemas[name] = schema;
    }
  }
  return { paths, schemas };
}

export function buildOpenApi(sections: readonly ApiSection[]): JsonSchema {
  const merged = mergeSections(sections);
  const schemas = Object.fromEntries(Object.entries(merged.schemas).map(([name, schema]) => [name, jsonSchemaOf(schema)]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'cch-edge admin API',
      version: '1',
      description:
        'JSON, camelCase. Authenticate with `Authorization: Bearer <ADMIN_TOKEN>` or the session cookie set by POST /login; ' +
        'cookie-authenticated writes need an Origin or Referer of the same host.',
    },
    servers: [{ url: '/api/admin' }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [...new Map(sections.map((s) => [s.tag.name, s.tag])).values()],
    paths: merged.paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'cch_admin_session', description: 'Set by POST /login' },
      },
      schemas,
      responses: errorResponses,
    },
  };
}
