// The local stand-ins the worker needs in development: a database (embedded PGlite unless
// DATABASE_URL is given) behind the WebSocket bridge, and optionally an Upstash bridge to REDIS_URL.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startPglite, watchPglite } from '../bridges/pglite-server.ts';
import { startUpstashBridge } from '../bridges/upstash-bridge.ts';
import { startWsTcpBridge } from '../bridges/ws-tcp-bridge.ts';
import { isLocalDatabase } from '../support/node-database.ts';
import { randomSecret } from './dev-vars.ts';

export interface LocalServices {
  /** Vars handed to the worker (`wrangler dev --var`). */
  vars: Record<string, string>;
  databaseUrl: string;
  describe: string[];
  close(): Promise<void>;
}

export interface LocalServiceOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  redisUrl?: string | undefined;
  upstash?: { url: string; token: string } | undefined;
  log: (line: string) => void;
}

export async function startLocalServices(options: LocalServiceOptions): Promise<LocalServices> {
  const closers: (() => Promise<void>)[] = [];
  const describe: string[] = [];
  const vars: Record<string, string> = {};
  let databaseUrl = options.databaseUrl;
  if (databaseUrl === undefined) {
    mkdirSync(options.dataDir, { recursive: true });
    const pglite = await startPglite({ dataDir: join(options.dataDir, 'pglite') });
    const stopWatch = watchPglite(pglite, {
      intervalMs: 10_000,
      timeoutMs: 5_000,
      onRestart: () => options.log('Embedded database stopped answering and was restarted'),
    });
    closers.push(async () => {
      stopWatch();
      await pglite.close();
    });
    databaseUrl = pglite.url;
    describe.push(`Database: embedded PGlite (data in ${join(options.dataDir, 'pglite')})`);
  } else {
    describe.push(`Database: ${new URL(databaseUrl).host} (DATABASE_URL)`);
  }
  vars.DATABASE_URL = databaseUrl;
  if (isLocalDatabase(databaseUrl)) {
    const bridge = await startWsTcpBridge({ port: 0 });
    closers.push(bridge.close);
    vars.NEON_WS_PROXY = bridge.wsProxy;
  }
  if (options.upstash !== undefined) {
    vars.UPSTASH_REDIS_REST_URL = options.upstash.url;
    vars.UPSTASH_REDIS_REST_TOKEN = options.upstash.token;
    describe.push('Cache: Upstash (UPSTASH_REDIS_REST_URL)');
  } else if (options.redisUrl !== undefined) {
    const upstash = await startUpstashBridge({ redisUrl: options.redisUrl, token: randomSecret(32) });
    closers.push(upstash.close);
    vars.UPSTASH_REDIS_REST_URL = upstash.url;
    vars.UPSTASH_REDIS_REST_TOKEN = upstash.token;
    describe.push(`Cache: ${options.redisUrl} through the local Upstash bridge`);
  } else {
    describe.push('Cache: off (set REDIS_URL or UPSTASH_REDIS_REST_URL/TOKEN to enable)');
  }
  return {
    vars,
    databaseUrl,
    describe,
    close: async () => {
      for (const close of closers.reverse()) await close().catch(() => {});
    },
  };
}
