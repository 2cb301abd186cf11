// Field schemas shared by the admin resources: names, tags, times and the limits of SPEC §5.
import { z } from 'zod';
import { dailyResetModes } from '../../db/schema/limits.ts';

export const nameField = z.string().trim().min(1, 'Must not be empty').max(100, 'At most 100 characters');

/** ISO 8601 with an offset or Z, stored as a timestamp; null clears it. */
export const expiresAtField = z
  .iso.datetime({ offset: true, message: 'An ISO 8601 date-time with an offset, e.g. 2027-01-01T00:00:00Z' })
  .transform((text) => new Date(text))
  .nullable();

/** Comma-separated tags, normalised: trimmed, no empties or repeats; empty means none (null). */
export const tagsField = z
  .string()
  .max(500, 'At most 500 characters')
  .transform((text) => {
    const tags = [...new Set(text.split(',').map((tag) => tag.trim()).filter((tag) => tag !== ''))];
    return tags.length === 0 ? null : tags.join(',');
  })
  .nullable();

const maxUsd = 1_000_000_000;

/** A spend limit in USD; 0 or null means no limit. */
export const usdLimitField = z
  .number('A number of USD')
  .min(0, 'Must be 0 or more')
  .max(maxUsd, `At most ${maxUsd}`)
  .nullable();

/** A count limit (requests per minute, sessions); 0 or null means no limit. */
export const countLimitField = z
  .number('A whole number')
  .int('A whole number')
  .min(0, 'Must be 0 or more')
  .max(1_000_000, 'At most 1000000')
  .nullable();

/** The limits users and keys share (SPEC §7.2). */
export const limitFields = {
  rpmLimit: countLimitField,
  limit5hUsd: usdLimitField,
  dailyLimitUsd: usdLimitField,
  dailyResetMode: z.enum(dailyResetModes, 'One of fixed, rolling'),
  dailyResetTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day as HH:mm, e.g. 00:00'),
  limitWeeklyUsd: usdLimitField,
  limitMonthlyUsd: usdLimitField,
  limitTotalUsd: usdLimitField,
  limitConcurrentSessions: countLimitField,
};

/** The numeric limits a key may not set above its user's. */
export const boundedLimitNames = [
  'rpmLimit',
  'limit5hUsd',
  'dailyLimitUsd',
  'limitWeeklyUsd',
  'limitMonthlyUsd',
  'limitTotalUsd',
  'limitConcurrentSessions',
] as const;

export type BoundedLimitName = (typeof boundedLimitNames)[number];
