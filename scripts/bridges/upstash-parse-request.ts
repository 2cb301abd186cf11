// Reads an HTTP request sent to the local Upstash bridge into the Redis command(s) it asks for.
// Follows Upstash's REST API document (upstash.com/docs/redis/features/restapi): a JSON array
// posted to `/`, path-style commands, `/pipeline` and `/multi-exec`.

export type RedisArg = string | Buffer;
export type RedisCommand = [name: string, ...args: RedisArg[]];

export type UpstashRequest =
  | { kind: 'command'; command: RedisCommand }
  | { kind: 'pipeline' | 'multi-exec'; commands: RedisCommand[] };

export type ParsedUpstashRequest =
  | { ok: true; request: UpstashRequest }
  | { ok: false; status: number; error: string };

export interface RawUpstashRequest {
  method: string;
  url: URL;
  body: Buffer;
}

const allowedMethods = new Set(['HEAD', 'GET', 'POST', 'PUT']);
const batchPaths = new Map<string, 'pipeline' | 'multi-exec'>([
  ['pipeline', 'pipeline'],
  ['multi-exec', 'multi-exec'],
]);

export function parseUpstashRequest(raw: RawUpstashRequest): ParsedUpstashRequest {
  const method = raw.method.toUpperCase();
  if (!allowedMethods.has(method)) return fail(405, 'Method not allowed');
  const segments = decodeSegments(raw.url.pathname);
  if (segments === undefined) return fail(400, 'ERR malformed percent-encoding in the request path');
  const hasBody = (method === 'POST' || method === 'PUT') && raw.body.length > 0;
  const [first, ...rest] = segments;
  if (first === undefined) {
    if (!hasBody) return fail(400, 'ERR no command: post a JSON array such as ["GET","key"] to /');
    return parseBodyCommand(raw.body);
  }
  const batch = rest.length === 0 ? batchPaths.get(first.toLowerCase()) : undefined;
  if (batch !== undefined) {
    if (!hasBody) return fail(400, `ERR /${batch} expects a JSON array of commands in the body`);
    return parseBatch(batch, raw.body);
  }
  const args: RedisArg[] = [...rest];
  // A body on a path-style command is its last argument, with any later ones given as query parameters.
  if (hasBody) args.push(raw.body);
  for (const [name, value] of raw.url.searchParams) {
    if (name === '_token') continue;
    args.push(name);
    if (value !== '') args.push(value);
  }
  return { ok: true, request: { kind: 'command', command: [first, ...args] } };
}

function parseBodyCommand(body: Buffer): ParsedUpstashRequest {
  const json = parseJson(body);
  if (!json.ok) return json;
  const command = toCommand(json.value);
  if (typeof command === 'string') return fail(400, command);
  return { ok: true, request: { kind: 'command', command } };
}

function parseBatch(kind: 'pipeline' | 'multi-exec', body: Buffer): ParsedUpstashRequest {
  const json = parseJson(body);
  if (!json.ok) return json;
  if (!Array.isArray(json.value) || json.value.length === 0) {
    return fail(400, `ERR /${kind} expects a non-empty JSON array of commands`);
  }
  const commands: RedisCommand[] = [];
  for (const item of json.value) {
    const command = toCommand(item);
    if (typeof command === 'string') return fail(400, command);
    commands.push(command);
  }
  return { ok: true, request: { kind, commands } };
}

/** A command array from JSON, or the error message explaining why it is not one. */
function toCommand(value: unknown): RedisCommand | string {
  if (!Array.isArray(value) || value.length === 0) {
    return 'ERR a command must be a non-empty JSON array such as ["GET","key"]';
  }
  const [name, ...rest] = value;
  if (typeof name !== 'string' || name === '') return 'ERR the command name must be a non-empty string';
  const args: string[] = [];
  for (const arg of rest) {
    // @upstash/redis sends numbers and booleans as JSON scalars; Redis only knows byte strings.
    if (typeof arg === 'string') args.push(arg);
    else if (typeof arg === 'number' || typeof arg === 'boolean') args.push(String(arg));
    else return `ERR unsupported argument ${JSON.stringify(arg)}: use strings, numbers or booleans`;
  }
  return [name, ...args];
}

function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false; status: number; error: string } {
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    return fail(400, 'ERR the request body is not valid JSON');
  }
}

function decodeSegments(pathname: string): string[] | undefined {
  try {
    return pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

function fail(status: number, error: string): { ok: false; status: number; error: string } {
  return { ok: false, status, error };
}
