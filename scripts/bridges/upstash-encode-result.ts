// Turns a Redis reply (as ioredis returns it from the *Buffer commands) into the JSON value Upstash's
// REST API answers with: byte strings become UTF-8 text, or base64 when `Upstash-Encoding: base64`.

/**
 * Follows the "Base64 Encoded Responses" section of upstash.com/docs/redis/features/restapi:
 * every string is base64 encoded except a top-level "OK", integers stay numbers, nil stays null.
 * Plain mode decodes bytes as UTF-8, so invalid sequences become U+FFFD as they do on Upstash.
 */
export function encodeUpstashResult(reply: unknown, base64: boolean): unknown {
  if (base64 && isOk(reply)) return 'OK';
  return encodeValue(reply, base64);
}

function encodeValue(reply: unknown, base64: boolean): unknown {
  if (reply === null || reply === undefined) return null;
  if (Array.isArray(reply)) return reply.map((item: unknown) => encodeValue(item, base64));
  if (typeof reply === 'number' || typeof reply === 'boolean') return reply;
  if (typeof reply === 'bigint') return Number(reply);
  // An error nested in an array (a script returning error replies in a table) has no JSON form of
  // its own on Upstash; its message is the most useful thing to pass on.
  const bytes = reply instanceof Error ? Buffer.from(reply.message) : toBytes(reply);
  return base64 ? bytes.toString('base64') : bytes.toString('utf8');
}

function toBytes(reply: unknown): Buffer {
  if (Buffer.isBuffer(reply)) return reply;
  if (reply instanceof Uint8Array) return Buffer.from(reply);
  return Buffer.from(String(reply));
}

function isOk(reply: unknown): boolean {
  if (typeof reply === 'string') return reply === 'OK';
  return Buffer.isBuffer(reply) && reply.length === 2 && reply.toString('latin1') === 'OK';
}
