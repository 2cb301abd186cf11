import { Pool } from '@neondatabase/serverless';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureNeonForNode } from '../support/node-database.ts';
import { encodeQuery, encodeStartupMessage } from './encode-frontend-message.ts';
import { startPglite, watchPglite, type PgliteServer } from './pglite-server.ts';
import { startWsTcpBridge, type WsTcpBridge } from './ws-tcp-bridge.ts';

let bridge: WsTcpBridge;
let dataDir: string;
/** One of each kind per file: creating a PGlite runs initdb, which takes seconds. */
let memory: PgliteServer;
let onDisk: PgliteServer;
const openSockets: Socket[] = [];

beforeAll(async () => {
  bridge = await startWsTcpBridge({ maxConnections: 4 });
  configureNeonForNode(bridge.wsProxy);
  dataDir = await mkdtemp(join(tmpdir(), 'pglite-server-test-'));
  [memory, onDisk] = await Promise.all([startPglite({}), startPglite({ dataDir })]);
}, 120_000);

afterAll(async () => {
  for (const socket of openSockets) socket.destroy();
  await bridge?.close();
  await Promise.all([memory?.close(), onDisk?.close()]);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function sql(server: PgliteServer, text: string, params: unknown[] = []): Promise<unknown[]> {
  const pool = new Pool({ connectionString: server.url, max: 1 });
  try {
    return (await pool.query(text, params)).rows;
  } finally {
    await pool.end();
  }
}

/** A client that opens a transaction and then goes quiet, which stalls every other PGlite client. */
async function holdOpenTransaction(server: PgliteServer): Promise<void> {
  const socket = connect({ host: '127.0.0.1', port: server.port });
  openSockets.push(socket);
  let received = '';
  await new Promise<void>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('BEGIN')) resolve();
    });
    socket.once('error', reject);
    const startup = encodeStartupMessage({ user: 'postgres', database: 'postgres' });
    socket.write(Buffer.concat([startup, encodeQuery('BEGIN')]));
  });
}

describe('startPglite', () => {
  it('serves PostgreSQL on a random port and reports itself healthy', async () => {
    expect(memory.port).toBeGreaterThan(0);
    expect(memory.url).toBe(`postgres://postgres@127.0.0.1:${memory.port}/postgres`);
    expect(await memory.healthy(1_000)).toBe(true);
    expect(await sql(memory, 'SELECT $1::text AS greeting', ['hello'])).toEqual([{ greeting: 'hello' }]);
  });

  it('keeps committed rows of an in-memory database across a restart, on the same port', async () => {
    await sql(memory, 'CREATE TABLE notes (body text)');
    await sql(memory, 'INSERT INTO notes VALUES ($1)', ['kept']);
    const port = memory.port;
    await memory.restart();
    expect(memory.port).toBe(port);
    expect(await sql(memory, 'SELECT body FROM notes')).toEqual([{ body: 'kept' }]);
  });

  it('reports unhealthy while a client holds a transaction open; a restart keeps committed rows', async () => {
    await sql(onDisk, 'CREATE TABLE notes (body text)');
    await sql(onDisk, 'INSERT INTO notes VALUES ($1)', ['on disk']);
    await holdOpenTransaction(onDisk);
    expect(await onDisk.healthy(300)).toBe(false);
    await onDisk.restart();
    expect(await onDisk.healthy(1_000)).toBe(true);
    expect(await sql(onDisk, 'SELECT body FROM notes')).toEqual([{ body: 'on disk' }]);
  });

  it('finds the committed rows again when a new server opens the same data directory', async () => {
    await sql(onDisk, 'CREATE TABLE reopened (n int)');
    await sql(onDisk, 'INSERT INTO reopened VALUES (7)');
    await onDisk.close();
    onDisk = await startPglite({ dataDir });
    expect(await sql(onDisk, 'SELECT n FROM reopened')).toEqual([{ n: 7 }]);
  });
});

describe('watchPglite', () => {
  it('restarts a server that stopped answering, after which it answers again', async () => {
    await sql(memory, 'CREATE TABLE marks (n int)');
    await sql(memory, 'INSERT INTO marks VALUES (1)');
    await holdOpenTransaction(memory);
    expect(await memory.healthy(200)).toBe(false);
    const restarted = new Promise<void>((resolve) => {
      const stop = watchPglite(memory, {
        intervalMs: 50,
        timeoutMs: 200,
        failuresBeforeRestart: 2,
        onRestart: () => {
          stop();
          resolve();
        },
      });
    });
    await restarted;
    expect(await memory.healthy(1_000)).toBe(true);
    expect(await sql(memory, 'SELECT n FROM marks')).toEqual([{ n: 1 }]);
  });

  it('leaves a healthy server alone', async () => {
    let restarts = 0;
    const server: Parameters<typeof watchPglite>[0] = {
      healthy: async () => true,
      restart: async () => {
        restarts += 1;
      },
    };
    const stop = watchPglite(server, { intervalMs: 10, failuresBeforeRestart: 1 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop();
    expect(restarts).toBe(0);
  });

  it('restarts only after the configured number of consecutive failed probes', async () => {
    const answers = [false, true, false, false];
    let restarts = 0;
    const probes: boolean[] = [];
    const server: Parameters<typeof watchPglite>[0] = {
      healthy: async () => {
        const ok = answers.shift() ?? true;
        probes.push(ok);
        return ok;
      },
      restart: async () => {
        restarts += 1;
      },
    };
    const stop = watchPglite(server, { intervalMs: 5, failuresBeforeRestart: 2 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop();
    expect(probes.slice(0, 4)).toEqual([false, true, false, false]);
    expect(restarts).toBe(1);
  });

  it('reports a failed restart and keeps watching', async () => {
    const errors: unknown[] = [];
    let attempts = 0;
    const server: Parameters<typeof watchPglite>[0] = {
      healthy: async () => attempts >= 2,
      restart: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('port still in use');
      },
    };
    const stop = watchPglite(server, { intervalMs: 5, failuresBeforeRestart: 1, onError: (e) => errors.push(e) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop();
    expect(errors).toEqual([new Error('port still in use')]);
    expect(attempts).toBe(2);
  });
});
