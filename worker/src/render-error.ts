// Renders a gateway error in the client's own format (SPEC §11), through that format's codec; the
// message ends with the request id. Admin and health routes get a plain `{error:{message,code}}`.
import { codecFor } from './formats/codecs.ts';
import type { WireFormat } from './formats/format.ts';
import type { ErrorKind } from './errors.ts';

export interface ErrorView {
  kind: ErrorKind;
  status: number;
  message: string;
  code?: string | undefined;
  details?: unknown;
}

export function withRequestId(message: string, requestId: string): string {
  return `${message} (request id: ${requestId})`;
}

/** The JSON body for `error`; `format` undefined means a gateway route (admin, health). */
export function renderErrorBody(format: WireFormat | undefined, error: ErrorView, requestId: string): unknown {
  const message = withRequestId(error.message, requestId);
  if (format === undefined) return { error: { message, code: error.code ?? error.kind, ...detailsOf(error) } };
  return codecFor(format).renderError({ status: error.status, message, ...(error.code === undefined ? {} : { code: error.code }) });
}

function detailsOf(error: ErrorView): { details?: unknown } {
  return error.details === undefined ? {} : { details: error.details };
}
