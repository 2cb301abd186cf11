// Gemini CLI code-assist response ({response, traceId}) → neutral response.
import type { IrResponse } from '../ir/response.ts';
import { parseGeminiResponse } from '../gemini/parse-response.ts';
import { parseWire } from '../parse-wire.ts';
import { response as responseSchema } from './wire.ts';

export const parseGeminiCliResponse = (body: unknown): IrResponse => {
  const wire = parseWire(responseSchema, body, 'Gemini CLI code-assist response');
  const parsed = parseGeminiResponse(wire.response);
  return wire.traceId === undefined ? parsed : { ...parsed, extensions: { ...parsed.extensions, 'gemini-cli': { traceId: wire.traceId } } };
};
