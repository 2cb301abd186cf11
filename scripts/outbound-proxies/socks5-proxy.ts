// A local SOCKS5 proxy (RFC 1928, CONNECT only) for tests and local runs, with optional
// username/password authentication (RFC 1929); counts the tunnels it opens.
import { connect, type Socket } from 'node:net';
import { serveProxy, type TestProxy } from './serve-proxy.ts';
import { splice, type Credentials } from './tunnel-stats.ts';

export type Socks5Proxy = TestProxy;

/** Collects bytes from a socket until the parser says it has a whole message. */
function collect(
  socket: Socket,
  parse: (bytes: Buffer) => number | undefined,
  before: Buffer = Buffer.alloc(0),
): Promise<{ message: Buffer; rest: Buffer }> {
  return new Promise((resolve, reject) => {
    let bytes = before;
    const done = () => {
      const length = parse(bytes);
      if (length === undefined) return false;
      socket.off('data', onData);
      socket.off('close', onClose);
      socket.pause();
      resolve({ message: bytes.subarray(0, length), rest: bytes.subarray(length) });
      return true;
    };
    const onData = (data: Buffer) => {
      bytes = Buffer.concat([bytes, data]);
      done();
    };
    const onClose = () => reject(new Error('client left during the handshake'));
    socket.on('data', onData);
    socket.once('close', onClose);
    if (!done()) socket.resume();
  });
}

const greetingLength = (b: Buffer) => (b.length >= 2 && b.length >= 2 + (b[1] ?? 0) ? 2 + (b[1] ?? 0) : undefined);
const authLength = (b: Buffer) => {
  const plenAt = 2 + (b[1] ?? 0);
  return b.length > plenAt && b.length >= plenAt + 1 + (b[plenAt] ?? 0) ? plenAt + 1 + (b[plenAt] ?? 0) : undefined;
};
const connectLength = (b: Buffer) => {
  if (b.length < 5) return undefined;
  const atyp = b[3];
  const length = atyp === 0x01 ? 10 : atyp === 0x04 ? 22 : atyp === 0x03 ? 7 + (b[4] ?? 0) : 4;
  return b.length >= length ? length : undefined;
};

function destination(request: Buffer): { host: string; port: number } | undefined {
  const atyp = request[3];
  const port = request.readUInt16BE(request.length - 2);
  if (atyp === 0x01) return { host: [...request.subarray(4, 8)].join('.'), port };
  if (atyp === 0x03) return { host: request.subarray(5, 5 + (request[4] ?? 0)).toString('utf8'), port };
  if (atyp === 0x04) {
    const groups = Array.from({ length: 8 }, (_, i) => request.readUInt16BE(4 + i * 2).toString(16));
    return { host: groups.join(':'), port };
  }
  return undefined;
}

async function handshake(client: Socket, credentials: Credentials | undefined): Promise<{ host: string; port: number; rest: Buffer } | undefined> {
  const greeting = await collect(client, greetingLength);
  const methods = [...greeting.message.subarray(2)];
  const method = credentials === undefined ? (methods.includes(0x00) ? 0x00 : 0xff) : methods.includes(0x02) ? 0x02 : 0xff;
  client.write(Buffer.from([0x05, method]));
  if (greeting.message[0] !== 0x05 || method === 0xff) return undefined;
  let rest = greeting.rest;
  if (credentials !== undefined) {
    const auth = await collect(client, authLength, rest);
    rest = auth.rest;
    const ulen = auth.message[1] ?? 0;
    const username = auth.message.subarray(2, 2 + ulen).toString('utf8');
    const password = auth.message.subarray(3 + ulen).toString('utf8');
    const ok = username === credentials.username && password === credentials.password;
    client.write(Buffer.from([0x01, ok ? 0x00 : 0x01]));
    if (!ok) return undefined;
  }
  const request = await collect(client, connectLength, rest);
  const target = request.message[1] === 0x01 ? destination(request.message) : undefined;
  if (target === undefined) {
    client.write(Buffer.from([0x05, 0x07, 0x00, 0x01, 0, 0, 0, 0, 0, 0]));
    return undefined;
  }
  return { ...target, rest: request.rest };
}

export function startSocks5Proxy(options: { credentials?: Credentials } = {}): Promise<Socks5Proxy> {
  return serveProxy('socks5', (client, counter, keep) => {
    client.pause();
    handshake(client, options.credentials).then(
      (target) => {
        if (target === undefined) {
          counter.refuse();
          client.end();
          return;
        }
        const upstream = connect({ host: target.host, port: target.port });
        keep(upstream);
        upstream.once('error', () => {
          if (!client.destroyed) client.end(Buffer.from([0x05, 0x05, 0x00, 0x01, 0, 0, 0, 0, 0, 0]));
        });
        upstream.once('connect', () => {
          counter.track(client, upstream);
          client.write(Buffer.from([0x05, 0x00, 0x00, 0x01, 127, 0, 0, 1, ((upstream.localPort ?? 0) >> 8) & 0xff, (upstream.localPort ?? 0) & 0xff]));
          if (target.rest.length > 0) upstream.write(target.rest);
          splice(client, upstream);
          client.resume();
        });
      },
      () => client.destroy(),
    );
  });
}
