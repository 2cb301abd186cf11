// Starts the whole gateway as a newcomer would (`npm run demo`): embedded database, wrangler dev,
// the mock upstream, on a free port with its own data folder; reads what the banner prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

export interface Gateway {
  baseUrl: string;
  adminToken: string;
  demoKey: string;
  mockUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForBanner(child: ChildProcess, read: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!read().includes('Press Ctrl-C to stop.')) {
    if (child.exitCode !== null) throw new Error(`the gateway exited early:\n${read()}`);
    if (Date.now() > deadline) throw new Error(`the gateway did not start in ${timeoutMs} ms:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function bannerValue(output: string, pattern: RegExp, what: string): string {
  const value = output.match(pattern)?.[1];
  if (value === undefined) throw new Error(`the banner has no ${what}:\n${output}`);
  return value;
}

export async function startGateway(): Promise<Gateway> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cch-e2e-'));
  const child = spawn(process.execPath, ['scripts/dev.ts', '--demo'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DEV_DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGINT');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForBanner(child, () => output, 90_000);
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      adminToken: bannerValue(output, /Admin token: +([A-Za-z0-9]+)/, 'admin token'),
      demoKey: bannerValue(output, /Demo key: +(cch_[A-Za-z0-9]+)/, 'demo key'),
      mockUrl: bannerValue(output, /Mock upstream: +(http:\/\/\S+)/, 'mock upstream URL'),
      output: () => output,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
