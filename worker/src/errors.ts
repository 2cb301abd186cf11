// The one error type steps throw; its kind decides the HTTP status (SPEC §11).

export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  upstream: 502,
  unavailable: 503,
  timeout: 504,
} as const;

export type ErrorKind = keyof typeof errorStatus;

export interface ProxyErrorOptions {
  /** Extra response headers, e.g. Retry-After. */
  headers?: Record<string, string>;
  /** A machine-readable code for clients, e.g. `invalid_api_key`. */
  code?: string;
  /** Field-level details (validation errors). */
  details?: unknown;
  /** The limit that refused a 429 (e.g. `rpm`, `daily`), kept for the request log. */
  limitName?: string;
  cause?: unknown;
}

export class ProxyError extends Error {
  readonly kind: ErrorKind;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly code: string | undefined;
  readonly details: unknown;
  readonly limitName: string | undefined;

  constructor(kind: ErrorKind, message: string, options: ProxyErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'ProxyError';
    this.kind = kind;
    this.status = errorStatus[kind];
    this.headers = options.headers ?? {};
    this.code = options.code;
    this.details = options.details;
    this.limitName = options.limitName;
  }
}
