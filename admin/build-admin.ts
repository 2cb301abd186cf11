// Builds the admin SPA into admin/dist for `npm run dev` (and its end-to-end test): wrangler dev
// serves that folder under /admin and refuses to start when it is missing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const adminDir = join(root, 'admin');
const distDir = join(adminDir, 'dist');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** The build is current when it is newer than every source it is made from. */
export function adminBuildIsFresh(): boolean {
  const built = join(distDir, 'index.html');
  if (!existsSync(built)) return false;
  const sources = ['src', 'index.html', 'vite.config.ts'].map((name) => newestChange(join(adminDir, name)));
  return statSync(built).mtimeMs > Math.max(...sources);
}

function runVite(outDir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'admin/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, ADMIN_DIST_DIR: outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    child.once('error', (error) => resolve({ code: null, output: output + String(error) }));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/**
 * Builds unless the build is fresh; resolves to undefined on success or to why it failed, and never
 * rejects: the gateway is still useful without its UI, so an empty admin/dist is left for wrangler.
 * The build goes to a private folder first and replaces admin/dist by renames, so a gateway started
 * meanwhile (two dev runs at once, as in the test suite) never serves a half-written folder.
 */
export async function buildAdmin(): Promise<string | undefined> {
  if (adminBuildIsFresh()) return undefined;
  const staging = join(root, 'node_modules', '.cache', `cch-admin-${process.pid}-${Date.now()}`);
  const { code, output } = await runVite(staging);
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(distDir, { recursive: true });
    return `the admin UI build failed (exit ${code}): ${output.trim()}`;
  }
  const retired = `${staging}-old`;
  if (existsSync(distDir)) renameSync(distDir, retired);
  renameSync(staging, distDir);
  rmSync(retired, { recursive: true, force: true });
  return undefined;
}
