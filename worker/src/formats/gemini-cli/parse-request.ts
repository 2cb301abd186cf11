// Gemini CLI code-assist request → neutral request: the envelope (project, user_prompt_id) and the
// inner `session_id` are kept for gemini-cli only, since the public Gemini API rejects unknown fields.
import type { RequestRoute } from '../ir/codec.ts';
import { unknownFields } from '../ir/extensions.ts';
import type { IrRequest } from '../ir/request.ts';
import { parseGeminiRequest } from '../gemini/parse-request.ts';
import { parseWire } from '../parse-wire.ts';
import { request as requestSchema } from './wire.ts';

const cliOnlyInnerFields = ['session_id'];

export const parseGeminiCliRequest = (body: unknown, route: RequestRoute = {}): IrRequest => {
  const wire = parseWire(requestSchema, body, 'Gemini CLI code-assist request');
  const inner = unknownFields(wire.request, cliOnlyInnerFields);
  const innerCliFields = Object.fromEntries(cliOnlyInnerFields.flatMap((key) => (key in wire.request ? [[key, wire.request[key]]] : [])));
  const parsed = parseGeminiRequest(inner, { model: wire.model, ...(route.stream !== undefined ? { stream: route.stream } : {}) });
  const envelope = unknownFields(wire, ['model', 'request']);
  return {
    ...parsed,
    extensions: { ...parsed.extensions, 'gemini-cli': { envelope, request: innerCliFields } },
  };
};
