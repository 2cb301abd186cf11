import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { localPostgres, serviceAvailable } from '../support/services.ts';
import { encodeErrorResponse } from './pg-error-response.ts';
import { probePostgres } from './probe-postgres.ts';

const servers: Server[] = [];
const accepted: Socket[] = [];
const postgresUp = await serviceAvailable(localPostgres);

afterAll(async () => {
  for (const socket of accepted) socket.destroy();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A TCP server on a random port whose connections get `onConnection`. */
async function listen(onConnection: (socket: Socket) => void): Promise<number> {
  const server = createServer((socket) => {
    accepted.push(socket);
    onConnection(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('probePostgres', () => {
  it('fails at once when nothing listens', async () => {
    const port = await listen(() => undefined);
    servers.pop()?.close();
    const started = Date.now();
    expect(await probePostgres({ host: '127.0.0.1', port }, 5_000)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('fails after the deadline when the server accepts but never answers', async () => {
    const port = await listen(() => undefined);
    const started = Date.now();
    expect(await probePostgres({ host: '127.0.0.1', port }, 150)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('fails when the server answers the startup with an ErrorResponse', async () => {
    const port = await listen((socket) => {
      const refusal = encodeErrorResponse({ severity: 'FATAL', code: '57P03', message: 'starting up' });
      socket.once('data', () => socket.write(refusal));
    });
    expect(await probePostgres({ host: '127.0.0.1', port }, 2_000)).toBe(false);
  });

  it.runIf(postgresUp)('succeeds against the local PostgreSQL', async () => {
    const target = { host: localPostgres.host, port: localPostgres.port, database: 'test' };
    expect(await probePostgres(target, 2_000)).toBe(true);
  });
});
