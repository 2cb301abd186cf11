// Zod schemas of the Gemini API on the wire (ai.google.dev, generateContent and GenerateContentResponse).
// Unknown fields pass through so the proxy never drops what it does not know yet.
import { z } from 'zod';

export const part = z.looseObject({
  text: z.string().optional(),
  thought: z.boolean().optional(),
  thoughtSignature: z.string().optional(),
  inlineData: z.looseObject({ mimeType: z.string(), data: z.string() }).optional(),
  fileData: z.looseObject({ mimeType: z.string().optional(), fileUri: z.string() }).optional(),
  functionCall: z.looseObject({ name: z.string(), args: z.unknown().optional(), id: z.string().optional() }).optional(),
  functionResponse: z.looseObject({ name: z.string(), response: z.unknown().optional(), id: z.string().optional() }).optional(),
});
export type WirePart = z.infer<typeof part>;

export const content = z.looseObject({ role: z.string().optional(), parts: z.array(part).optional() });
export type WireContent = z.infer<typeof content>;

const functionDeclaration = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
  parametersJsonSchema: z.record(z.string(), z.unknown()).optional(),
});
export type WireFunctionDeclaration = z.infer<typeof functionDeclaration>;

const tool = z.looseObject({ functionDeclarations: z.array(functionDeclaration).optional() });
export type WireTool = z.infer<typeof tool>;

export const request = z.looseObject({
  contents: z.array(content),
  systemInstruction: content.optional(),
  tools: z.array(tool).optional(),
  toolConfig: z
    .looseObject({
      functionCallingConfig: z
        .looseObject({ mode: z.string().optional(), allowedFunctionNames: z.array(z.string()).optional() })
        .optional(),
    })
    .optional(),
  generationConfig: z
    .looseObject({
      temperature: z.number().optional(),
      topP: z.number().optional(),
      topK: z.number().optional(),
      maxOutputTokens: z.number().optional(),
      stopSequences: z.array(z.string()).optional(),
      thinkingConfig: z
        .looseObject({
          includeThoughts: z.boolean().optional(),
          thinkingBudget: z.number().optional(),
          thinkingLevel: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
});
export type WireRequest = z.infer<typeof request>;

export const response = z.looseObject({
  candidates: z
    .array(z.looseObject({ content: content.optional(), finishReason: z.string().optional() }))
    .optional(),
  promptFeedback: z.looseObject({ blockReason: z.string().optional() }).optional(),
  modelVersion: z.string().optional(),
  responseId: z.string().optional(),
});
export type WireResponse = z.infer<typeof response>;

export const errorBody = z.looseObject({
  error: z.looseObject({ code: z.number().optional(), message: z.string().optional(), status: z.string().optional() }),
});
