// Opens the database for one request or one job. Workers cannot share sockets between requests, so
// every caller opens a pool and closes it when done; the proxy's hot path never comes here.
import { Pool, neonConfig } from '@neondatabase/serverless';
import { drizzle, type NeonDatabase } from 'drizzle-orm/neon-serverless';
import { timeoutRace } from '../timeout-race.ts';
import * as schema from './schema/index.ts';

export type Db = NeonDatabase<typeof schema>;

export interface Database {
  pool: Pool;
  db: Db;
  close(): Promise<void>;
}

export interface DatabaseSettings {
  url: string;
  /** Local development: `host:port/v2` of the WebSocket-to-TCP bridge. */
  wsProxy?: string | undefined;
  connectTimeoutMs?: number;
}

/** How long closing a pool may wait for its connections. */
const closeTimeoutMs = 5_000;

let configuredProxy: string | undefined;

function configureDriver(wsProxy: string | undefined): void {
  if (wsProxy === undefined || wsProxy === configuredProxy) return;
  configuredProxy = wsProxy;
  neonConfig.wsProxy = (host, port) => `${wsProxy}?address=${host}:${port}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false;
}

export function openDatabase(settings: DatabaseSettings): Database {
  configureDriver(settings.wsProxy);
  const pool = new Pool({
    connectionString: settings.url,
    connectionTimeoutMillis: settings.connectTimeoutMs ?? 5_000,
    max: 4,
  });
  // A broken idle connection must not become an unhandled error event.
  pool.on('error', () => {});
  return {
    pool,
    db: drizzle(pool, { schema }),
    // Ending waits for every connection to close; one that died without an error never does.
    close: async () => {
      await timeoutRace(pool.end().catch(() => {}), closeTimeoutMs);
    },
  };
}
