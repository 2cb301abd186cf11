// `npm run bench` (SPEC §13): the gateway against a local mock upstream, interleaved with direct calls
// to the mock and beside a bare pass-through worker in the same workerd process. Prints the table and
// the targets, and writes the results (JSON) and a chart (SVG) to bench-results/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { parseBenchOptions } from './bench-options.ts';
import type { BenchResults } from './bench-results.ts';
import { buildGateway } from './build-gateway.ts';
import { evaluateTargets } from './evaluate-targets.ts';
import { prepareGateway } from './prepare-gateway.ts';
import { renderChart } from './render-chart.ts';
import { renderReport } from './render-table.ts';
import { runMeasurements } from './run-measurements.ts';
import { startBackends } from './start-backends.ts';
import { startTargets } from './start-targets.ts';

const root = new URL('..', import.meta.url).pathname;
const log = (line: string) => console.error(`[bench] ${line}`);

function versionOf(pkg: string): string {
  const path = join(root, 'node_modules', pkg, 'package.json');
  return existsSync(path) ? String((JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version) : 'unknown';
}

/** A peer given as a path, or as an installed package's main module; undefined (with a note) when absent. */
function resolvePeer(peer: string | undefined, notes: string[]): string | undefined {
  if (peer === undefined) return undefined;
  const asPath = isAbsolute(peer) ? peer : resolve(process.cwd(), peer);
  if (existsSync(asPath)) return asPath;
  try {
    return new URL(import.meta.resolve(peer)).pathname;
  } catch {
    notes.push(`peer ${peer} is not installed or not a file: skipped (nothing is installed for it)`);
    return undefined;
  }
}

let options;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const startedAt = new Date();
const notes: string[] = [
  "request logging: Miniflare's per-request log is off and LOG_LEVEL=warn; the request-log rows (LogOutbox → Postgres) stay on, as there is no switch for them",
];
const peerScriptPath = resolvePeer(options.peer, notes);

log('bundling the gateway (wrangler deploy --dry-run)');
const bundle = buildGateway(root);
log('starting the database, cache bridge and mock upstreams');
const backends = await startBackends(root, { largeStreamBytes: options.bigStreamBytes, log });
let targets;
try {
  targets = await startTargets({ root, bundle, vars: { ...backends.vars, LOG_LEVEL: 'warn' }, upstreamUrl: backends.mockUrl, peerScriptPath });
  log(`workerd pid ${targets.workerdPid}; gateway ${targets.gatewayUrl}, bare worker ${targets.bareUrl}, mock ${backends.mockUrl}`);
  await prepareGateway(targets.gatewayUrl, backends.vars.ADMIN_TOKEN ?? '', backends.largeStream.url);
  const measured = await runMeasurements(
    { ...targets, mockUrl: backends.mockUrl, clientKey: backends.clientKey, largeStreamBytes: options.bigStreamBytes },
    options,
    log,
  );
  const results: BenchResults = {
    ...measured,
    startedAt: startedAt.toISOString(),
    environment: { node: process.version, cpus: cpus().length, workerd: versionOf('workerd'), miniflare: versionOf('miniflare') },
    notes: [...notes, ...backends.describe, ...measured.notes],
  };
  const checks = evaluateTargets(results);
  console.log(renderReport(results, checks));
  const outDir = resolve(root, options.outDir);
  mkdirSync(outDir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(outDir, `bench-${stamp}.json`), `${JSON.stringify({ ...results, checks }, null, 2)}\n`);
  writeFileSync(join(outDir, `bench-${stamp}.svg`), renderChart(results, options.rssIntervalMs));
  console.log(`\nwrote ${join(options.outDir, `bench-${stamp}.json`)} and ${join(options.outDir, `bench-${stamp}.svg`)}`);
} finally {
  await targets?.dispose();
  await backends.close();
  bundle.remove();
}
