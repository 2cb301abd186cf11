// The document builder on its own: merging sections, refusing clashes, query parameters from zod.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApi } from './build-openapi.ts';
import { jsonResponse, queryParameters, type ApiSection } from './openapi-parts.ts';

const section = (path: string, schemaName: string): ApiSection => ({
  tag: { name: 't', description: 'test' },
  schemas: { [schemaName]: z.object({ a: z.string() }) },
  paths: { [path]: { get: { summary: 's', operationId: `op${path}`, tags: ['t'], responses: { '200': jsonResponse('ok', schemaName) } } } },
});

describe('buildOpenApi', () => {
  it('refuses an operation described twice, and a schema name used twice', () => {
    expect(() => buildOpenApi([section('/a', 'A'), section('/a', 'B')])).toThrow('GET /a is described twice');
    expect(() => buildOpenApi([section('/a', 'A'), section('/b', 'A')])).toThrow('schema A is named twice');
    expect(() => buildOpenApi([section('/a', 'ErrorBody')])).toThrow('schema ErrorBody is named twice');
  });

  it('lists each tag once and turns zod schemas into JSON Schema components', () => {
    const document = buildOpenApi([section('/a', 'A'), section('/b', 'B')]) as { tags: unknown[]; components: { schemas: Record<string, unknown> } };
    expect(document.tags).toEqual([{ name: 't', description: 'test' }]);
    expect(document.components.schemas.A).toEqual({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] });
  });

  it('makes query parameters of a query schema, required unless optional or defaulted', () => {
    const query = z.object({ range: z.enum(['1d', '7d']).default('7d'), id: z.coerce.number().int(), q: z.string().optional() });
    expect(queryParameters(query)).toEqual([
      { name: 'range', in: 'query', required: false, schema: { type: 'string', enum: ['1d', '7d'], default: '7d' } },
      { name: 'id', in: 'query', required: true, schema: expect.objectContaining({ type: 'integer' }) },
      { name: 'q', in: 'query', required: false, schema: { type: 'string' } },
    ]);
  });
});
