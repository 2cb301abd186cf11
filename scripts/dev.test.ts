// `npm run dev` end to end: embedded database, migrations, wrangler dev, the printed banner, a healthy
// gateway, and Ctrl-C stopping every child process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reachable } from './support/services.ts';

const root = new URL('..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'cch-dev-'));

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

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run dev', () => {
  it('serves a healthy gateway on the embedded database, prints where it is, and stops on Ctrl-C', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['scripts/dev.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), DEV_DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

    const deadline = Date.now() + 75_000;
    while (!output.includes('Press Ctrl-C to stop.') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(output).toContain(`Base URL:     http://127.0.0.1:${port}`);
    expect(output).toContain(`Admin URL:    http://127.0.0.1:${port}/admin`);
    expect(output).toMatch(/Admin token:  [A-Za-z0-9]{48} /);
    expect(output).toContain(`Database: embedded PGlite (data in ${join(dataDir, 'pglite')})`);

    const response = await fetch(`http://127.0.0.1:${port}/health`);
    const body = (await response.json()) as { status: string; database: { status: string; migration: string } };
    expect(response.status).toBe(200);
    expect(body.database).toMatchObject({ status: 'ok', migration: '0000_init' });

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await reachable({ name: 'gateway', host: '127.0.0.1', port })).toBe(false);
  }, 100_000);
});
