import { Pool } from '@neondatabase/serverless';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { localPostgres, localPostgresUrl, serviceAvailable } from '../support/services.ts';
import { configureNeonForNode } from '../support/node-database.ts';
import { startPglite, type PgliteServer } from './pglite-server.ts';
import { parseTargetAddress, startWsTcpBridge, type WsTcpBridge } from './ws-tcp-bridge.ts';

let bridge: WsTcpBridge;
let pglite: PgliteServer;
const postgresUp = await serviceAvailable(localPostgres);

beforeAll(async () => {
  pglite = await startPglite({});
  bridge = await startWsTcpBridge({ port: 0, maxConnections: 4 });
  configureNeonForNode(bridge.wsProxy);
}, 120_000); // creating a PGlite runs initdb, which takes seconds on a busy machine

afterAll(async () => {
  await bridge?.close();
  await pglite?.close();
});

async function withPool<T>(connectionString: string, use: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = new Pool({ connectionString, max: 1 });
  try {
    return await use(pool);
  } finally {
    await pool.end();
  }
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function waitFor(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function rejection(promise: Promise<unknown>): Promise<{ message: string; code?: unknown }> {
  return promise.then(
    () => {
      throw new Error('expected the query to fail');
    },
    (error: unknown) => error as { message: string; code?: unknown },
  );
}

describe('parseTargetAddress', () => {
  it('reads host and port from the address query parameter', () => {
    expect(parseTargetAddress('/v2?address=db.local:5432')).toEqual({ host: 'db.local', port: 5432 });
    expect(parseTargetAddress('/v2?address=[::1]:6543')).toEqual({ host: '::1', port: 6543 });
  });

  it('rejects a missing, portless or out-of-range address', () => {
    expect(parseTargetAddress('/v2')).toBeUndefined();
    expect(parseTargetAddress('/v2?address=db.local')).toBeUndefined();
    expect(parseTargetAddress('/v2?address=db.local:70000')).toBeUndefined();
  });
});

describe('ws-tcp-bridge in front of PGlite', () => {
  it('runs parameterised queries and a committed transaction through the Neon Pool', async () => {
    await withPool(pglite.url, async (pool) => {
      await pool.query('CREATE TABLE bridge_items (id int PRIMARY KEY, name text NOT NULL)');
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO bridge_items VALUES ($1, $2), ($3, $4)', [1, 'one', 2, 'two']);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      const { rows } = await pool.query('SELECT id, name FROM bridge_items WHERE id >= $1 ORDER BY id', [1]);
      expect(rows).toEqual([
        { id: 1, name: 'one' },
        { id: 2, name: 'two' },
      ]);
    });
  });

  it('rolls back a failed transaction', async () => {
    await withPool(pglite.url, async (pool) => {
      await pool.query('CREATE TABLE bridge_rollback (id int PRIMARY KEY)');
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO bridge_rollback VALUES (1)');
        await expect(client.query('INSERT INTO bridge_rollback VALUES (1)')).rejects.toMatchObject({ code: '23505' });
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
      const { rows } = await pool.query('SELECT count(*)::int AS n FROM bridge_rollback');
      expect(rows).toEqual([{ n: 0 }]);
    });
  });

  it('relays a result larger than its 1 MiB send buffer intact', async () => {
    const sql = "SELECT repeat('ab', 1500000) AS big";
    const rows = await withPool(pglite.url, async (pool) => (await pool.query(sql)).rows);
    const big = (rows[0] as { big: string }).big;
    expect(big.length).toBe(3_000_000);
    expect(big.startsWith('abab') && big.endsWith('abab')).toBe(true);
  });

  it('serves a burst of 120 concurrent connections under a cap of 4, and PGlite still answers', async () => {
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, bridge.active())), 1);
    const results = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        withPool(pglite.url, async (pool) => (await pool.query('SELECT $1::int AS n', [i])).rows[0] as { n: number }),
      ),
    );
    clearInterval(sampler);
    expect(results.map((row) => row.n)).toEqual(Array.from({ length: 120 }, (_, i) => i));
    expect(peak).toBeLessThanOrEqual(4);
    await waitFor(() => bridge.active() === 0 && bridge.queued() === 0);
    expect(await pglite.healthy(1_000)).toBe(true);
  });

  it('frees the slot when the driver ends its pool, although the driver never closes its WebSocket', async () => {
    await withPool(pglite.url, (pool) => pool.query('SELECT 1'));
    await waitFor(() => bridge.active() === 0);
  });

  it('holds clients past the cap in a queue and drops a waiting client that disconnects', async () => {
    const small = await startWsTcpBridge({ maxConnections: 1 });
    const target = `ws://${small.wsProxy}?address=127.0.0.1:${pglite.port}`;
    const open = (url: string) =>
      new Promise<WebSocket>((resolve, reject) => {
        const socket = new WebSocket(url);
        socket.once('open', () => resolve(socket));
        socket.once('error', reject);
      });
    try {
      const first = await open(target);
      const second = await open(target);
      await waitFor(() => small.active() === 1 && small.queued() === 1);
      second.close();
      await waitFor(() => small.queued() === 0);
      expect(small.active()).toBe(1);
      first.close();
      await waitFor(() => small.active() === 0);
    } finally {
      await small.close();
    }
  });

  it('closes a client whose URL names no address, with the reason', async () => {
    const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
      const socket = new WebSocket(`ws://${bridge.wsProxy}`);
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    expect(closed.code).toBe(1008);
    expect(closed.reason).toContain('address=host:port');
  });
});

describe('ws-tcp-bridge when the database cannot be reached', () => {
  it('reports a refused connection as a database error with SQLSTATE 08001', async () => {
    const port = await closedPort();
    const error = await withPool(`postgres://postgres@127.0.0.1:${port}/postgres`, (pool) =>
      rejection(pool.query('SELECT 1')),
    );
    expect(error.message).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(error.code).toBe('08001');
    await waitFor(() => bridge.active() === 0);
  });

  it('reports an unknown host as ENOTFOUND', async () => {
    const error = await withPool('postgres://postgres@nosuchhost.invalid:5432/postgres', (pool) =>
      rejection(pool.query('SELECT 1')),
    );
    expect(error.message).toContain('ENOTFOUND nosuchhost.invalid');
    expect(error.code).toBe('08001');
  });
});

describe.runIf(postgresUp)('ws-tcp-bridge in front of the local PostgreSQL', () => {
  it('runs queries and a transaction against database test', async () => {
    await withPool(localPostgresUrl, async (pool) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('CREATE TEMP TABLE bridge_probe (n int) ON COMMIT DROP');
        await client.query('INSERT INTO bridge_probe VALUES ($1), ($2)', [20, 22]);
        const { rows } = await client.query('SELECT sum(n)::int AS total, current_database() AS db FROM bridge_probe');
        await client.query('COMMIT');
        expect(rows).toEqual([{ total: 42, db: 'test' }]);
      } finally {
        client.release();
      }
    });
  });
});
