// `npm run dev`: the whole gateway on this machine. Starts the local database and cache stand-ins,
// applies migrations, runs `wrangler dev`, prints where everything is, and stops it all on Ctrl-C.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildAdmin } from '../admin/build-admin.ts';
import { runMigrations } from '../worker/src/db/run-migrations.ts';
import { readMigrationFiles } from './migration-files.ts';
import { configureNeonForNode } from './support/node-database.ts';
import { ensureDevVars } from './dev/dev-vars.ts';
import { startLocalServices } from './dev/local-services.ts';
import { seedDemo } from './dev/seed-demo.ts';
import { startMockUpstream } from './mock-upstream/server.ts';

const root = new URL('..', import.meta.url).pathname;
const demo = process.argv.includes('--demo');
const port = Number(process.env.PORT ?? 8787);
const log = (line: string) => console.log(`[dev] ${line}`);

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<Response | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      return await fetch(`${baseUrl}/health`);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  return undefined;
}

// wrangler dev serves admin/dist as it is at start, so the SPA is built while the services start.
const adminBuilt = buildAdmin();
const secrets = ensureDevVars(join(root, '.dev.vars'));
const upstashUrl = process.env.UPSTASH_REDIS_REST_URL;
const upstashToken = process.env.UPSTASH_REDIS_REST_TOKEN;
const dataDir = process.env.DEV_DATA_DIR || join(root, '.data');
const services = await startLocalServices({
  dataDir,
  databaseUrl: process.env.DATABASE_URL || process.env.DSN || undefined,
  redisUrl: process.env.REDIS_URL || undefined,
  upstash: upstashUrl && upstashToken ? { url: upstashUrl, token: upstashToken } : undefined,
  log,
});

configureNeonForNode(services.vars.NEON_WS_PROXY);
const migrated = await runMigrations(
  { url: services.databaseUrl, wsProxy: services.vars.NEON_WS_PROXY },
  readMigrationFiles(),
);
if (migrated.ok) log(`Migrations: ${migrated.applied.length > 0 ? `applied ${migrated.applied.join(', ')}` : 'up to date'}`);
else log(migrated.message);

const mock = demo ? await startMockUpstream({ port: Number(process.env.MOCK_PORT ?? 0) }) : undefined;
const demoKey =
  mock === undefined
    ? undefined
    : await seedDemo({
        databaseUrl: services.databaseUrl,
        wsProxy: services.vars.NEON_WS_PROXY,
        mockUrl: mock.url,
        encryptionKey: secrets.get('ENCRYPTION_KEY') ?? '',
      });

const vars: Record<string, string> = {
  ENVIRONMENT: 'development',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'debug',
  ...services.vars,
};
const adminProblem = await adminBuilt;
if (adminProblem !== undefined) log(adminProblem);
const args = ['dev', '--port', String(port), '--ip', '127.0.0.1', '--test-scheduled', '--persist-to', join(dataDir, 'wrangler')];
for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`);
const wrangler = spawn('wrangler', args, {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
});

let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (wrangler.exitCode === null && wrangler.pid !== undefined) {
      try {
        process.kill(-wrangler.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await mock?.close();
    await services.close();
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
wrangler.on('exit', (code) => void stop(code ?? 1));

const baseUrl = `http://127.0.0.1:${port}`;
const health = await waitForHealth(baseUrl, 60_000);
if (health === undefined) {
  log('wrangler dev did not answer within 60 s');
  await stop(1);
}
console.log(
  [
    '',
    `  cch-edge is running (health: ${health?.status})`,
    `  Base URL:     ${baseUrl}`,
    `  Admin URL:    ${baseUrl}/admin/   (sign in with the admin token)`,
    `  Admin API:    ${baseUrl}/api/admin   (Authorization: Bearer <admin token>)`,
    `  Admin token:  ${secrets.get('ADMIN_TOKEN')}   (kept in .dev.vars)`,
    ...services.describe.map((line) => `  ${line}`),
    ...(mock === undefined ? [] : demoLines(baseUrl, mock.url, demoKey ?? '')),
    '  Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

function demoLines(baseUrl: string, mockUrl: string, key: string): string[] {
  return [
    `  Mock upstream: ${mockUrl} (one demo provider of each type points at it)`,
    `  Demo key:     ${key}   (shown once; a new one each start)`,
    '  Try:',
    `    curl ${baseUrl}/v1/messages -H 'x-api-key: ${key}' -H 'content-type: application/json' \\`,
    `      -d '{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"hello"}]}'`,
    `    ANTHROPIC_BASE_URL=${baseUrl} ANTHROPIC_AUTH_TOKEN=${key} claude`,
    `    OPENAI_BASE_URL=${baseUrl}/v1 OPENAI_API_KEY=${key} codex`,
  ];
}
