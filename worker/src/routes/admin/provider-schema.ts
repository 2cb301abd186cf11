// The provider bodies of POST /providers and PATCH /providers/:id (SPEC §4.2). `apiKey` is accepted
// here and nowhere returned. Unknown fields are refused.
import { z } from 'zod';
import { providerTypes } from '../../db/schema/providers.ts';
import { customHeaderProblem } from './custom-header.ts';
import { nameField, tagsField, usdLimitField } from './field-schemas.ts';
import { modelPatternProblem } from './model-pattern.ts';
import { proxyUrlProblem } from './proxy-url.ts';

const wholeNumber = (min: number, max: number, unit = '') =>
  z
    .number('A whole number')
    .int('A whole number')
    .min(min, `At least ${min}${unit}`)
    .max(max, `At most ${max}${unit}`);

const httpUrl = z
  .string()
  .trim()
  .refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), 'An http:// or https:// URL');

const modelPattern = z
  .string()
  .trim()
  .min(1, 'Must not be empty')
  .max(500, 'At most 500 characters')
  .superRefine((pattern, ctx) => {
    const problem = modelPatternProblem(pattern);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

const modelName = z.string().trim().min(1, 'Must not be empty').max(200, 'At most 200 characters');

const customHeaders = z
  .record(z.string(), z.string('A text value'))
  .superRefine((headers, ctx) => {
    const names = Object.keys(headers);
    if (names.length > 50) ctx.addIssue({ code: 'custom', message: 'At most 50 headers' });
    for (const name of names) {
      const problem = customHeaderProblem(name, headers[name] ?? '');
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, path: [name] });
    }
  });

/** An empty string clears the proxy, as null does. */
const proxyUrl = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const problem = text === '' ? undefined : proxyUrlProblem(text);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((text) => (text === '' ? null : text))
  .nullable();

export const patchProviderSchema = z
  .strictObject({
    name: nameField,
    type: z.enum(providerTypes, `One of ${providerTypes.join(', ')}`),
    baseUrl: httpUrl,
    apiKey: z.string().trim().min(1, 'Must not be empty').max(8_192, 'At most 8192 characters'),
    enabled: z.boolean('true or false'),
    weight: wholeNumber(1, 100),
    priority: wholeNumber(-1_000_000, 1_000_000),
    groupTag: tagsField,
    allowedModels: z.array(modelPattern).max(500, 'At most 500 entries'),
    modelRedirects: z.array(z.strictObject({ from: modelName, to: modelName })).max(500, 'At most 500 entries'),
    customHeaders,
    costMultiplier: z.number('A number').min(0, 'Must be 0 or more').max(1_000, 'At most 1000'),
    limitConcurrentSessions: wholeNumber(0, 1_000_000),
    limit5hUsd: usdLimitField,
    dailyLimitUsd: usdLimitField,
    limitWeeklyUsd: usdLimitField,
    limitMonthlyUsd: usdLimitField,
    circuitBreakerFailureThreshold: wholeNumber(0, 1_000),
    circuitBreakerOpenDuration: wholeNumber(1_000, 86_400_000, ' ms'),
    circuitBreakerHalfOpenSuccessThreshold: wholeNumber(1, 100),
    firstByteTimeout: wholeNumber(1_000, 600_000, ' ms'),
    idleTimeout: wholeNumber(1_000, 600_000, ' ms'),
    requestTimeout: wholeNumber(1_000, 1_800_000, ' ms'),
    maxRetryAttempts: wholeNumber(0, 10).nullable(),
    proxyUrl,
    proxyFallbackToDirect: z.boolean('true or false'),
  })
  .partial();

export const createProviderSchema = patchProviderSchema.required({ name: true, type: true, baseUrl: true, apiKey: true });

export type CreateProviderInput = z.output<typeof createProviderSchema>;
export type PatchProviderInput = z.output<typeof patchProviderSchema>;
