// The one place the SPA talks HTTP to /api/admin: JSON in and out, the session cookie sent along,
// and every non-2xx answer turned into an ApiError carrying the API's field-level messages.

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;

  constructor(status: number, code: string, message: string, fields: FieldErrors) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

const apiBase = '/api/admin';

/** Called on any 401 outside the login call, so the app can return to the login page. */
let onUnauthorized: () => void = () => {};

export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldsOf(details: unknown): FieldErrors {
  if (!isRecord(details) || !isRecord(details.fields)) return {};
  const fields: FieldErrors = {};
  for (const [name, messages] of Object.entries(details.fields)) {
    if (Array.isArray(messages)) fields[name] = messages.map(String);
  }
  return fields;
}

/** The gateway's admin error body is `{ error: { message, code, details? } }`. */
export function errorFromBody(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const message = typeof error.message === 'string' ? error.message : `HTTP ${status}`;
  const code = typeof error.code === 'string' ? error.code : String(status);
  return new ApiError(status, code, message, fieldsOf(error.details));
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
}

function urlOf(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `${apiBase}${path}${search === '' ? '' : `?${search}`}`;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const init: RequestInit = { method: options.method ?? 'GET', credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (options.body !== undefined) {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    init.body = JSON.stringify(options.body);
  }
  const response = await fetch(urlOf(path, options.query), init);
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    if (response.status === 401 && path !== '/login') onUnauthorized();
    throw errorFromBody(response.status, body);
  }
  return body as T;
}
