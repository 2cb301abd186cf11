// What the gateway needs around it, as `npm run dev` provides it: a migrated database behind the
// WebSocket bridge, the Upstash bridge to Redis when one is reachable, the demo user, key and
// providers, the mock upstream in its own process (so the load generator does not slow it down), and
// a large-stream upstream.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { runMigrations } from '../worker/src/db/run-migrations.ts';
import { randomSecret } from '../scripts/dev/dev-vars.ts';
import { startLocalServices } from '../scripts/dev/local-services.ts';
import { startWsTcpBridge } from '../scripts/bridges/ws-tcp-bridge.ts';
import { seedDemo } from '../scripts/dev/seed-demo.ts';
import { readMigrationFiles } from '../scripts/migration-files.ts';
import { configureNeonForNode, openNodePool } from '../scripts/support/node-database.ts';
import { localPostgres, localPostgresUrl, localRedis, localRedisUrl, reachable } from '../scripts/support/services.ts';
import { startLargeStreamServer } from './serve-large-stream.ts';
import type { LargeStreamServer } from './serve-large-stream.ts';

export interface Backends {
  /** Vars for the gateway worker. */
  vars: Record<string, string>;
  mockUrl: string;
  largeStream: LargeStreamServer;
  /** The demo client key (x-api-key). */
  clientKey: string;
  describe: string[];
  close(): Promise<void>;
}

async function startMockProcess(root: string): Promise<{ url: string; child: ChildProcess }> {
  const script = join(root, 'scripts/mock-upstream/main.ts');
  const child = spawn(process.execPath, [script, '--port', '0', '--record-limit', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NonNullable<typeof child.stdout> }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`mock upstream exited with code ${code}`)));
  });
  const url = line.match(/https?:\/\/\S+/)?.[0];
  if (url === undefined) throw new Error(`unexpected mock upstream output: ${line}`);
  return { url, child };
}

/** Runs one statement on the machine's PostgreSQL, through a WebSocket bridge of its own. */
async function adminQuery(sql: string): Promise<void> {
  const bridge = await startWsTcpBridge({ port: 0 });
  const pool = openNodePool(localPostgresUrl, bridge.wsProxy);
  try {
    await pool.query(sql);
  } finally {
    await pool.end();
    await bridge.close();
  }
}

/** A fresh database on the machine's PostgreSQL when it is there (dropped at the end); else PGlite is used. */
async function freshLocalDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  if (!(await reachable(localPostgres))) return undefined;
  const name = `cch_bench_${process.pid}_${Date.now()}`;
  await adminQuery(`create database ${name}`);
  return {
    url: localPostgresUrl.replace(/\/[^/]*$/, `/${name}`),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`).catch(() => {}),
  };
}

export async function startBackends(root: string, options: { largeStreamBytes: number; log: (line: string) => void }): Promise<Backends> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cch-bench-data-'));
  // Whatever started is stopped again, in reverse order, also when a later step fails.
  const closers: (() => Promise<void>)[] = [async () => rmSync(dataDir, { recursive: true, force: true })];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch(() => {});
  };
  try {
    const redisUrl = process.env.REDIS_URL || ((await reachable(localRedis)) ? localRedisUrl : undefined);
    const database = await freshLocalDatabase();
    if (database !== undefined) closers.push(database.drop);
    const services = await startLocalServices({ dataDir, databaseUrl: database?.url, redisUrl, log: options.log });
    closers.push(services.close);
    configureNeonForNode(services.vars.NEON_WS_PROXY);
    const migrated = await runMigrations({ url: services.databaseUrl, wsProxy: services.vars.NEON_WS_PROXY }, readMigrationFiles());
    if (!migrated.ok) throw new Error(migrated.message);
    const mock = await startMockProcess(root);
    closers.push(async () => void mock.child.kill('SIGTERM'));
    const largeStream = await startLargeStreamServer(options.largeStreamBytes);
    closers.push(largeStream.close);
    const encryptionKey = randomSecret(40);
    const clientKey = await seedDemo({ databaseUrl: services.databaseUrl, wsProxy: services.vars.NEON_WS_PROXY, mockUrl: mock.url, encryptionKey });
    const vars = {
      ...services.vars,
      ENCRYPTION_KEY: encryptionKey,
      ADMIN_TOKEN: randomSecret(48),
      // Each run its own keys in a shared Redis: ids restart with each run's fresh database.
      CACHE_NAMESPACE: `cch-bench-${Date.now().toString(36)}`,
    };
    return { vars, mockUrl: mock.url, largeStream, clientKey, describe: services.describe, close };
  } catch (error) {
    await close();
    throw error;
  }
}
