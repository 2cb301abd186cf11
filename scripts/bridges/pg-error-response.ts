// Encodes a PostgreSQL wire-protocol ErrorResponse, so a bridge can fail a connection in a way
// the client driver reports as an ordinary database error (with SQLSTATE) instead of a socket close.

export interface PgErrorFields {
  severity: 'ERROR' | 'FATAL' | 'PANIC';
  /** Five-character SQLSTATE, e.g. 08001 (sqlclient_unable_to_establish_sqlconnection). */
  code: string;
  message: string;
}

/** Message layout per the PostgreSQL docs, "Message Formats" → ErrorResponse ('E'). */
export function encodeErrorResponse(fields: PgErrorFields): Buffer {
  const body = Buffer.concat([
    encodeField('S', fields.severity),
    encodeField('V', fields.severity),
    encodeField('C', fields.code),
    encodeField('M', fields.message),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function encodeField(type: string, value: string): Buffer {
  return Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(value, 'utf8'), Buffer.from([0])]);
}
