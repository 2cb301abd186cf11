// Builds the worker as `wrangler deploy` would (--dry-run) and checks it stays within the Workers
// bundle limit we hold ourselves to: 3 MiB gzipped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const limitBytes = 3 * 1024 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const outdir = mkdtempSync(join(tmpdir(), 'cch-bundle-'));
try {
  execFileSync('wrangler', ['deploy', '--dry-run', '--outdir', outdir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const bundle = filesUnder(outdir).filter((f) => !f.endsWith('.map'));
  const gzipped = bundle.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  const kib = (gzipped / 1024).toFixed(1);
  if (gzipped > limitBytes) {
    console.error(`Bundle is ${kib} KiB gzipped, over the 3 MiB limit`);
    process.exit(1);
  }
  console.log(`Bundle: ${bundle.length} files, ${kib} KiB gzipped (limit 3072 KiB)`);
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
