// Validates a body against a wire schema once, turning zod issues into a CodecError.
import type { z } from 'zod';
import { CodecError } from './codec-error.ts';

export const parseWire = <S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> => {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new CodecError(`Invalid ${what}`, issues);
};
