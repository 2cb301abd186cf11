// Answers "does this PostgreSQL endpoint run a query right now?" with a real SELECT 1 over the
// wire protocol and a deadline, which a port check cannot: a wedged PGlite still accepts TCP.
import { connect } from 'node:net';
import { encodeQuery, encodeStartupMessage, encodeTerminate } from './encode-frontend-message.ts';

export interface ProbeTarget {
  host: string;
  port: number;
  user?: string;
  database?: string;
}

/** True when startup and `SELECT 1` both complete within `timeoutMs`. */
export function probePostgres(target: ProbeTarget, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: target.host, port: target.port });
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (ok) socket.end(encodeTerminate());
      else socket.destroy();
      resolve(ok);
    };
    const deadline = setTimeout(() => finish(false), timeoutMs);
    let readyCount = 0;
    const reader = createMessageReader((type) => {
      if (type === 'E') finish(false);
      if (type !== 'Z') return;
      readyCount += 1;
      if (readyCount === 1) socket.write(encodeQuery('SELECT 1'));
      else finish(true);
    });
    socket.on('connect', () => socket.write(encodeStartup(target)));
    socket.on('data', reader);
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
  });
}

/** Splits a backend byte stream into messages (type byte + int32 length) and reports each type. */
function createMessageReader(onMessage: (type: string) => void): (chunk: Buffer) => void {
  let buffered = Buffer.alloc(0);
  return (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 5) {
      const length = buffered.readInt32BE(1);
      if (buffered.length < 1 + length) return;
      onMessage(String.fromCharCode(buffered[0] ?? 0));
      buffered = buffered.subarray(1 + length);
    }
  };
}

function encodeStartup(target: ProbeTarget): Buffer {
  return encodeStartupMessage({ user: target.user ?? 'postgres', database: target.database ?? 'postgres' });
}
