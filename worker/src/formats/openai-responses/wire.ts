// Zod schemas of the OpenAI Responses API on the wire (platform.openai.com, Responses API).
// Input items are loose: Codex sends item types this gateway carries without understanding.
import { z } from 'zod';

export const item = z.looseObject({ type: z.string().optional(), role: z.string().optional() });
export type WireItem = z.infer<typeof item>;

const tool = z.looseObject({
  type: z.string(),
  name: z.string().optional(),
  description: z.string().nullish(),
  parameters: z.record(z.string(), z.unknown()).nullish(),
  format: z.unknown().optional(),
});
export type WireTool = z.infer<typeof tool>;

export const request = z.looseObject({
  model: z.string(),
  input: z.union([z.string(), z.array(item)]).optional(),
  instructions: z.string().nullish(),
  tools: z.array(tool).optional(),
  tool_choice: z.union([z.string(), z.looseObject({ type: z.string(), name: z.string().optional() })]).optional(),
  parallel_tool_calls: z.boolean().nullish(),
  max_output_tokens: z.number().nullish(),
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  stream: z.boolean().nullish(),
  user: z.string().optional(),
  metadata: z.record(z.string(), z.string()).nullish(),
  reasoning: z.looseObject({ effort: z.string().nullish() }).nullish(),
});
export type WireRequest = z.infer<typeof request>;

export const response = z.looseObject({
  id: z.string(),
  model: z.string(),
  created_at: z.number().optional(),
  status: z.string().optional(),
  output: z.array(item),
  incomplete_details: z.looseObject({ reason: z.string().optional() }).nullish(),
});
export type WireResponse = z.infer<typeof response>;
