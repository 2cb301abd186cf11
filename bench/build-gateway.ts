// Bundles the gateway as `wrangler deploy` would (--dry-run), so Miniflare runs the same code a
// deployment ships. The admin SPA's assets are left out: the benchmark never serves them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GatewayBundle {
  dir: string;
  modules: { type: 'ESModule' | 'Text'; path: string }[];
  remove(): void;
}

export function buildGateway(root: string): GatewayBundle {
  const dir = mkdtempSync(join(tmpdir(), 'cch-bench-bundle-'));
  const emptyAssets = mkdtempSync(join(tmpdir(), 'cch-bench-assets-'));
  try {
    // With this Node: wrangler's own launcher would take whichever `node` comes first on the PATH.
    const wrangler = join(root, 'node_modules/wrangler/bin/wrangler.js');
    execFileSync(process.execPath, [wrangler, 'deploy', '--dry-run', '--outdir', dir, '--assets', emptyAssets], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`wrangler could not bundle the gateway: ${stderr || String(error)}`);
  } finally {
    rmSync(emptyAssets, { recursive: true, force: true });
  }
  const files = readdirSync(dir);
  const modules = files.flatMap((name): GatewayBundle['modules'] => {
    if (name.endsWith('.js')) return [{ type: 'ESModule', path: join(dir, name) }];
    if (name.endsWith('.sql')) return [{ type: 'Text', path: join(dir, name) }];
    return [];
  });
  // The entry first: Miniflare treats the first module as the worker's main module.
  modules.sort((a, b) => Number(b.path.endsWith('/index.js')) - Number(a.path.endsWith('/index.js')));
  return { dir, modules, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
