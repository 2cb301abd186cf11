// Embedded PostgreSQL for local development and tests: PGlite served over TCP by
// @electric-sql/pglite-socket, with a real health check and an in-place restart for when it wedges.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { probePostgres } from './probe-postgres.ts';

export { watchPglite, type WatchPgliteOptions } from './watch-pglite.ts';

export interface PgliteServerOptions {
  /** Directory holding the database files; undefined keeps the database in memory. */
  dataDir?: string;
  port?: number;
  host?: string;
  /**
   * Connections the socket server accepts at once. Past it, pglite-socket answers with plain
   * text that no driver understands, so keep it above the bridge's cap.
   */
  maxConnections?: number;
}

export interface PgliteServer {
  port: number;
  url: string;
  /** A real `SELECT 1` over TCP; false when it does not finish within `timeoutMs`. */
  healthy(timeoutMs?: number): Promise<boolean>;
  /** Replaces the database and socket server on the same port, keeping committed data. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

interface Running {
  db: PGlite;
  socket: PGLiteSocketServer;
}

/** How long a wedged instance gets to shut down before it is abandoned. */
const SHUTDOWN_TIMEOUT_MS = 3_000;

export async function startPglite(options: PgliteServerOptions = {}): Promise<PgliteServer> {
  const host = options.host ?? '127.0.0.1';
  const maxConnections = options.maxConnections ?? 64;
  let running = await serve(await openDatabase(options.dataDir), { host, port: options.port ?? 0, maxConnections });
  const port = listeningPort(running.socket);
  let restarting: Promise<void> | undefined;
  const restart = async () => {
    const dump = await shutDown(running, options.dataDir === undefined);
    running = await serve(await openDatabase(options.dataDir, dump), { host, port, maxConnections });
  };
  return {
    port,
    url: `postgres://postgres@${host}:${port}/postgres`,
    healthy: (timeoutMs = 2_000) => probePostgres({ host, port }, timeoutMs),
    restart: () => {
      restarting ??= restart().finally(() => {
        restarting = undefined;
      });
      return restarting;
    },
    close: async () => {
      await restarting?.catch(() => undefined);
      await shutDown(running, false);
    },
  };
}

async function openDatabase(dataDir: string | undefined, dump?: Blob): Promise<PGlite> {
  if (dataDir !== undefined) return PGlite.create({ dataDir });
  return PGlite.create(dump ? { loadDataDir: dump } : {});
}

async function serve(db: PGlite, listen: { host: string; port: number; maxConnections: number }): Promise<Running> {
  const socket = new PGLiteSocketServer({ db, ...listen });
  await socket.start();
  return { db, socket };
}

function listeningPort(socket: PGLiteSocketServer): number {
  const port = Number(socket.getServerConn().split(':').pop());
  if (!Number.isInteger(port) || port <= 0) throw new Error(`unexpected PGlite address ${socket.getServerConn()}`);
  return port;
}

/**
 * Stops accepting clients and closes the database. An in-memory database is dumped first so a
 * restart can load it. A step that hangs (a wedged instance) is abandoned after a timeout: with a
 * data directory every committed transaction is already on disk, so nothing committed is lost.
 */
async function shutDown(running: Running, dumpFirst: boolean): Promise<Blob | undefined> {
  await withTimeout(running.socket.stop(), SHUTDOWN_TIMEOUT_MS);
  const dump = dumpFirst ? await withTimeout(running.db.dumpDataDir('none'), SHUTDOWN_TIMEOUT_MS) : undefined;
  if (dumpFirst && !dump) console.warn('pglite: the in-memory database could not be saved; restarting empty');
  await withTimeout(running.db.close(), SHUTDOWN_TIMEOUT_MS);
  return dump ?? undefined;
}

/** Resolves to undefined instead of hanging when `promise` does not settle in time or rejects. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
