// Work outside a request (cron jobs, notifications, Durable Objects) opens the configured database
// for itself: run, then close. Without DATABASE_URL there is nothing to do.
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Db } from './client.ts';

export async function withConfiguredDatabase(env: object, run: (db: Db, config: Config) => Promise<void>): Promise<void> {
  const config = loadConfig(env);
  if (config.DATABASE_URL === undefined) return;
  const database = openDatabase({ url: config.DATABASE_URL, wsProxy: config.NEON_WS_PROXY });
  try {
    await run(database.db, config);
  } finally {
    await database.close();
  }
}
