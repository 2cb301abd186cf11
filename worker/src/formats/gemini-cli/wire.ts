// Zod schemas of Gemini CLI's code-assist API (cloudcode-pa /v1internal): a Gemini request wrapped as
// {model, project, request} and each response wrapped as {response, traceId}.
import { z } from 'zod';

export const request = z.looseObject({
  model: z.string(),
  project: z.string().optional(),
  request: z.record(z.string(), z.unknown()),
});

export const response = z.looseObject({
  response: z.record(z.string(), z.unknown()),
  traceId: z.string().optional(),
});

/** Unwraps one code-assist payload; an unwrapped Gemini payload passes as is. */
export const unwrapResponse = (data: unknown): unknown => {
  const parsed = response.safeParse(data);
  return parsed.success ? parsed.data.response : data;
};
