// Gemini error body ({error:{code,message,status}}) → neutral error. Also used for gemini-cli.
import type { IrError } from '../ir/error.ts';
import { errorBody } from './wire.ts';

export const parseGeminiError = (status: number, body: unknown): IrError => {
  // Gemini streams sometimes answer with a JSON array holding the error object.
  const candidate = Array.isArray(body) ? body[0] : body;
  const parsed = errorBody.safeParse(candidate);
  if (!parsed.success) return { status, message: typeof body === 'string' ? body : `Upstream error ${status}` };
  const { code, message, status: type } = parsed.data.error;
  return { status: code ?? status, message: message ?? `Upstream error ${status}`, ...(type !== undefined ? { type } : {}) };
};
