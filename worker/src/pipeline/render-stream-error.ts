// An error as the client format's own SSE event, for failures after the stream has begun (SPEC §4.7).
import type { ErrorKind } from '../errors.ts';
import { errorStatus } from '../errors.ts';
import type { WireFormat } from '../formats/format.ts';
import { renderErrorBody } from '../render-error.ts';

export function renderStreamError(format: WireFormat, kind: ErrorKind, message: string, requestId: string): string {
  const view = { kind, status: errorStatus[kind], message };
  const body = renderErrorBody(format, view, requestId);
  switch (format) {
    case 'anthropic':
      return `event: error\ndata: ${JSON.stringify(body)}\n\n`;
    case 'openai-responses':
      return `event: error\ndata: ${JSON.stringify({ type: 'error', code: kind, message: `${message} (request id: ${requestId})`, param: null })}\n\n`;
    case 'openai-chat':
    case 'gemini':
    case 'gemini-cli':
      return `data: ${JSON.stringify(body)}\n\n`;
  }
}
