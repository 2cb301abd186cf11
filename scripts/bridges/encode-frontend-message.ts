// Encoders for the few frontend (client → server) PostgreSQL messages the local tooling sends
// itself; layouts follow "Message Formats" in the PostgreSQL docs.

const PROTOCOL_3_0 = 196_608;

export function encodeStartupMessage(parameters: Record<string, string>): Buffer {
  const pairs = Object.entries(parameters).flatMap(([name, value]) => [cString(name), cString(value)]);
  const body = Buffer.concat([...pairs, Buffer.from([0])]);
  const header = Buffer.alloc(8);
  header.writeInt32BE(body.length + 8, 0);
  header.writeInt32BE(PROTOCOL_3_0, 4);
  return Buffer.concat([header, body]);
}

/** A simple-protocol Query ('Q'). */
export function encodeQuery(sql: string): Buffer {
  return encodeTyped('Q', cString(sql));
}

export function encodeTerminate(): Buffer {
  return encodeTyped('X', Buffer.alloc(0));
}

function encodeTyped(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function cString(value: string): Buffer {
  return Buffer.concat([Buffer.from(value, 'utf8'), Buffer.from([0])]);
}
