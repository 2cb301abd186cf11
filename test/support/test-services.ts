// The Node-side services behind the workerd tests, run as a child process of the global setup so
// they load with Node's own module resolution: a database (the machine's PostgreSQL in a fresh
// database when reachable, else embedded PGlite) behind a switchable TCP forwarder and the WebSocket
// bridge, the Upstash bridge to Redis, and a control server tests call to stop and start the database.
// Prints one JSON line with the addresses when ready; SIGTERM cleans everything up.
import { createServer } from 'node:http';
import { startPglite } from '../../scripts/bridges/pglite-server.ts';
import { startUpstashBridge } from '../../scripts/bridges/upstash-bridge.ts';
import { startWsTcpBridge } from '../../scripts/bridges/ws-tcp-bridge.ts';
import { openNodePool } from '../../scripts/support/node-database.ts';
import {
  localPostgres,
  localPostgresUrl,
  localRedis,
  localRedisUrl,
  serviceAvailable,
} from '../../scripts/support/services.ts';
import { startMockUpstream } from '../../scripts/mock-upstream/server.ts';
import { startTestProxies } from '../../scripts/outbound-proxies/start-test-proxies.ts';
import { startTcpSwitch } from './tcp-switch.ts';
import { startWebhookRecorder } from './webhook-recorder.ts';

export interface TestServices {
  databaseUrl: string;
  neonWsProxy: string;
  upstashUrl: string;
  upstashToken: string;
  controlUrl: string;
  mockUrl: string;
  /** JSON of TestProxyAddresses: the outbound proxies (SPEC §4.8) and their stats endpoint. */
  outboundProxies: string;
  webhookRecorderUrl: string;
}

async function startDatabase(wsProxy: string) {
  if (await serviceAvailable(localPostgres)) {
    const name = `cch_test_${process.pid}_${Date.now()}`;
    const admin = openNodePool(localPostgresUrl, wsProxy);
    await admin.query(`create database ${name}`);
    return {
      target: { host: localPostgres.host, port: localPostgres.port },
      database: name,
      close: async () => {
        await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
        await admin.end();
      },
    };
  }
  const pglite = await startPglite({});
  return { target: { host: '127.0.0.1', port: pglite.port }, database: 'postgres', close: pglite.close };
}

async function main(): Promise<void> {
  const bridge = await startWsTcpBridge({ port: 0 });
  const database = await startDatabase(bridge.wsProxy);
  const tcp = await startTcpSwitch(database.target);
  const redisUp = await serviceAvailable(localRedis);
  const upstash = redisUp
    ? await startUpstashBridge({ redisUrl: localRedisUrl, token: 'test-upstash-token' })
    : undefined;

  const mock = await startMockUpstream({ port: 0 });
  const outboundProxies = await startTestProxies();
  const webhookRecorder = await startWebhookRecorder();
  const control = createServer((req, res) => {
    // Serves the JSON document given in ?body= (price sync tests fetch a document from a URL).
    if (req.url?.startsWith('/echo?')) {
      const body = new URL(req.url, 'http://control').searchParams.get('body') ?? '';
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      return;
    }
    const action = req.url === '/db/stop' ? tcp.stop() : req.url === '/db/start' ? tcp.start() : undefined;
    if (action === undefined) {
      res.writeHead(404).end();
      return;
    }
    action.then(
      () => res.writeHead(204).end(),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  const controlAddress = control.address();
  const controlPort = typeof controlAddress === 'object' && controlAddress !== null ? controlAddress.port : 0;

  const ready: TestServices = {
    databaseUrl: `postgres://postgres@127.0.0.1:${tcp.port}/${database.database}`,
    neonWsProxy: bridge.wsProxy,
    upstashUrl: upstash?.url ?? '',
    upstashToken: upstash?.token ?? '',
    controlUrl: `http://127.0.0.1:${controlPort}`,
    mockUrl: mock.url,
    outboundProxies: JSON.stringify(outboundProxies.addresses),
    webhookRecorderUrl: webhookRecorder.url,
  };
  process.stdout.write(`${JSON.stringify(ready)}\n`);

  process.once('SIGTERM', async () => {
    await new Promise((resolve) => control.close(resolve));
    await mock.close();
    await outboundProxies.close();
    await webhookRecorder.close();
    await upstash?.close();
    await tcp.close();
    await database.close();
    await bridge.close();
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
