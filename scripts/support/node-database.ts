// The Neon driver from Node (launcher, `db:migrate`, test setup): through the local WebSocket-to-TCP
// bridge for local databases, or straight to Neon's own WebSocket endpoint.
import { Pool, neonConfig } from '@neondatabase/serverless';
import { WebSocket } from 'ws';

export function configureNeonForNode(wsProxy?: string): void {
  neonConfig.webSocketConstructor = WebSocket;
  if (wsProxy === undefined) return;
  neonConfig.wsProxy = (host, port) => `${wsProxy}?address=${host}:${port}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false;
}

export function openNodePool(url: string, wsProxy?: string): Pool {
  configureNeonForNode(wsProxy);
  const pool = new Pool({ connectionString: url, connectionTimeoutMillis: 5_000, max: 4 });
  pool.on('error', () => {});
  return pool;
}

/** Whether a URL points at this machine, where Neon's own endpoint does not exist. */
export function isLocalDatabase(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '::1' || host === '[::1]' || host.startsWith('127.');
  } catch {
    return false;
  }
}
