// Shapes every admin resource shares on the wire: the error body (SPEC §11, rendered once by
// render-error.ts), the answer to a delete, and the timestamp and limit fields of responses.
import { z } from 'zod';
import { dailyResetModes } from '../../../db/schema/limits.ts';

export const errorBodySchema = z
  .object({
    error: z.object({
      message: z.string().describe('What went wrong, ending with the request id'),
      code: z.string().describe('A stable machine-readable code, e.g. not_found, csrf_rejected'),
      details: z.unknown().optional(),
    }),
  })
  .describe('Every admin error');

export const validationErrorBodySchema = z
  .object({
    error: z.object({
      message: z.string(),
      code: z.literal(['validation_error', 'invalid_json']),
      details: z
        .object({
          fields: z
            .record(z.string(), z.array(z.string()))
            .describe('Messages per failing field path, e.g. `modelRedirects.0.to`; `body` for the body as a whole'),
        })
        .optional(),
    }),
  })
  .describe('A 400: the body is not JSON, or names the failing fields');

export const deletedSchema = z.object({ deleted: z.literal(true), id: z.number().int().optional() });

export const timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time');
export const nullableTimestamp = timestamp.nullable();
const usd = z.number().nullable().describe('USD; null or 0 means no limit');
const count = z.number().int().nullable().describe('null or 0 means no limit');

/** The limit fields users and keys answer with (SPEC §5, §7.2). */
export const limitResponseFields = {
  rpmLimit: count,
  limit5hUsd: usd,
  dailyLimitUsd: usd,
  dailyResetMode: z.enum(dailyResetModes),
  dailyResetTime: z.string().describe('HH:mm'),
  limitWeeklyUsd: usd,
  limitMonthlyUsd: usd,
  limitTotalUsd: usd,
  limitConcurrentSessions: count,
  limitsResetAt: nullableTimestamp.describe('The last manual reset of the spend windows'),
};

export const commonSchemas = {
  ErrorBody: errorBodySchema,
  ValidationErrorBody: validationErrorBodySchema,
  Deleted: deletedSchema,
};
