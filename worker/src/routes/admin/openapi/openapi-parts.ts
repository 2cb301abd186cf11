// The building blocks of the admin API's OpenAPI 3.1 document: each resource file describes its
// paths with these helpers and names the zod schemas it uses; build-openapi.ts turns those schemas
// into components, so the document shows exactly what the routes validate.
import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface Operation {
  summary: string;
  tags: string[];
  operationId: string;
  description?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, JsonSchema>;
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type PathItem = Partial<Record<Method, Operation>>;

/** One resource's part of the document: its tag, its named schemas and its paths. */
export interface ApiSection {
  tag: { name: string; description: string };
  schemas: Record<string, z.ZodType>;
  paths: Record<string, PathItem>;
}

export function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * JSON Schema of what a client sends (`io: 'input'`): defaults are optional, coerced query values
 * keep their target type, transforms show what they accept.
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

export function jsonBody(schemaName: string): NonNullable<Operation['requestBody']> {
  return { required: true, content: { 'application/json': { schema: ref(schemaName) } } };
}

/** A JSON response; `schema` is a component name or an inline schema. */
export function jsonResponse(description: string, schema: string | JsonSchema): JsonSchema {
  return { description, content: { 'application/json': { schema: typeof schema === 'string' ? ref(schema) : schema } } };
}

/** `{ <property>: [<item>] }`, the shape of every list response. */
export function listOf(property: string, itemSchemaName: string): JsonSchema {
  return { type: 'object', properties: { [property]: { type: 'array', items: ref(itemSchemaName) } }, required: [property] };
}

export function idParameter(resource: string): Parameter {
  return { name: 'id', in: 'path', required: true, description: `The ${resource}'s id`, schema: { type: 'integer', minimum: 1 } };
}

/**
 * One query parameter per property of the route's own query schema. `describe` fills in what JSON
 * Schema cannot say, e.g. what a coerced date accepts.
 */
export function queryParameters(schema: z.ZodObject, describe: Record<string, JsonSchema> = {}): Parameter[] {
  const json = jsonSchemaOf(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema: { ...property, ...describe[name] },
  }));
}

/** The standard error answers, by status; each names a response in components.responses. */
export const errorResponseNames = {
  400: 'ValidationError',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  429: 'TooManyRequests',
  502: 'BadGateway',
  503: 'Unavailable',
} as const;

export type ErrorStatus = keyof typeof errorResponseNames;

export function errorResponses(...statuses: ErrorStatus[]): Record<string, JsonSchema> {
  return Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${errorResponseNames[status]}` }]));
}

/** The errors any authenticated admin route may answer besides its own. */
export const authErrors: ErrorStatus[] = [401, 403, 503];
