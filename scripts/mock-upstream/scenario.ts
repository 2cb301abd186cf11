// What tests can script: the JSON shape accepted by POST /__mock/scenarios and by `script()`.
import { z } from 'zod';

const count = z.number().int().nonnegative();

const usageSchema = z.strictObject({
  input: count.optional(),
  output: count.optional(),
  cacheRead: count.optional(),
  cacheWrite5m: count.optional(),
  cacheWrite1h: count.optional(),
  reasoning: count.optional(),
});

const matchSchema = z.strictObject({
  /** Substring of the request path (query string included). */
  path: z.string().optional(),
  /** Exact model id, from the body or, for Gemini, from the path. */
  model: z.string().optional(),
  /** A request header equal to `value`, or to `Bearer <value>`. */
  header: z.strictObject({ name: z.string(), value: z.string() }).optional(),
  /** The client's key wherever the vendor carries it: x-api-key, Bearer, x-goog-api-key, ?key=. */
  apiKey: z.string().optional(),
});

export const scenarioSchema = z.strictObject({
  label: z.string().optional(),
  match: matchSchema.optional(),
  /** How many matching requests this applies to (default 1); ignored when `always`. */
  times: z.number().int().positive().optional(),
  always: z.boolean().optional(),
  /** Answer with this error status and the vendor's error body for the endpoint. */
  status: z.number().int().min(400).max(599).optional(),
  errorType: z.string().optional(),
  errorMessage: z.string().optional(),
  /** Sent instead of the vendor error body, as JSON. */
  errorBody: z.unknown().optional(),
  /** Extra response headers, e.g. retry-after. */
  headers: z.record(z.string(), z.string()).optional(),
  delayBeforeHeadersMs: count.optional(),
  delayBetweenEventsMs: count.optional(),
  /** Send this many events (non-streaming: the headers only), then never answer again. */
  stallAfterEvents: count.optional(),
  /** Send this many events (non-streaming: half the body), then reset the TCP connection. */
  resetAfterEvents: count.optional(),
  /** Corrupt the event at `malformedAtEvent` (default 1) into invalid JSON; non-streaming: truncate the body. */
  malformed: z.boolean().optional(),
  malformedAtEvent: count.optional(),
  /** 200 with no events and no body. */
  empty: z.boolean().optional(),
  /** After this many events, send the vendor's in-stream error event and end the stream. */
  streamError: z
    .strictObject({
      afterEvents: count,
      type: z.string().optional(),
      message: z.string().optional(),
      status: z.number().int().min(400).max(599).optional(),
      /** Responses API only: `failed` sends response.failed (default), `error` the bare error event. */
      event: z.enum(['failed', 'error']).optional(),
    })
    .optional(),
  usage: usageSchema.optional(),
  text: z.string().optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** Accepts one scenario, a list, or `{ scenarios: [...] }`; throws a ZodError naming the bad field. */
export function parseScenarios(input: unknown): Scenario[] {
  const list = Array.isArray(input)
    ? input
    : typeof input === 'object' && input !== null && 'scenarios' in input
      ? (input as { scenarios: unknown }).scenarios
      : [input];
  return z.array(scenarioSchema).parse(list);
}
