// Inbound admin bodies are validated once, here: a failure is a 400 `validation_error` whose
// details list messages per field path (`modelRedirects.0.to`), rendered by the app's one renderer.
import type { Context } from 'hono';
import type { z } from 'zod';
import { ProxyError } from '../../errors.ts';

export type FieldErrors = Record<string, string[]>;

export function validationError(fields: FieldErrors): ProxyError {
  return new ProxyError('bad_request', `Invalid fields: ${Object.keys(fields).join(', ')}`, {
    code: 'validation_error',
    details: { fields },
  });
}

export async function parseBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ProxyError('bad_request', 'The request body must be a JSON object', { code: 'invalid_json' });
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw validationError(fieldErrorsOf(result.error.issues));
}

export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  const add = (field: string, message: string) => (fields[field] ??= []).push(message);
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key].join('.'), 'Unknown field');
      continue;
    }
    const field = issue.path.length === 0 ? 'body' : issue.path.join('.');
    const missing = issue.code === 'invalid_type' && /received undefined|nonoptional/.test(issue.message);
    add(field, missing ? 'Required' : issue.message);
  }
  return fields;
}

/** Query parameters, validated the same way as bodies. */
export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  const result = schema.safeParse(c.req.query());
  if (result.success) return result.data;
  throw validationError(fieldErrorsOf(result.error.issues));
}
