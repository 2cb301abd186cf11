// Runs the gateway and the bare pass-through worker side by side in one workerd process through
// Miniflare's API (SPEC §13), each on a socket of its own, with Miniflare's request logging off.
import { dirname } from 'node:path';
import { Miniflare, NoOpLog } from 'miniflare';
import type { WorkerOptions } from 'miniflare';
import { unstable_readConfig } from 'wrangler';
import { bareWorkerScript } from './bare-worker.ts';
import type { GatewayBundle } from './build-gateway.ts';
import { findWorkerdPid } from './workerd-process.ts';

export interface Targets {
  gatewayUrl: string;
  bareUrl: string;
  peerUrl: string | undefined;
  workerdPid: number;
  dispose(): Promise<void>;
}

export interface TargetOptions {
  root: string;
  bundle: GatewayBundle;
  /** Vars and secrets for the gateway, on top of wrangler.toml's [vars]. */
  vars: Record<string, string>;
  upstreamUrl: string;
  /** A bundled Workers module to run as one more target, if any. */
  peerScriptPath: string | undefined;
}

const directSocket = [{ host: '127.0.0.1', port: 0 }];

function gatewayWorker(options: TargetOptions): WorkerOptions {
  const config = unstable_readConfig({ config: `${options.root}/wrangler.toml` });
  const durableObjects = Object.fromEntries(
    config.durable_objects.bindings.map((binding: { name: string; class_name: string }) => [binding.name, { className: binding.class_name, useSQLite: true }]),
  );
  const tomlVars = Object.fromEntries(Object.entries(config.vars).map(([name, value]) => [name, String(value)]));
  return {
    name: 'gateway',
    modules: options.bundle.modules,
    modulesRoot: options.bundle.dir,
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags,
    bindings: { ...tomlVars, ...options.vars },
    durableObjects,
    unsafeDirectSockets: directSocket,
  };
}

export async function startTargets(options: TargetOptions): Promise<Targets> {
  const gateway = gatewayWorker(options);
  const common = { compatibilityDate: gateway.compatibilityDate, compatibilityFlags: gateway.compatibilityFlags, unsafeDirectSockets: directSocket };
  const workers: WorkerOptions[] = [
    gateway,
    { name: 'bare', modules: [{ type: 'ESModule', path: 'bare.js', contents: bareWorkerScript }], bindings: { UPSTREAM: options.upstreamUrl }, ...common },
  ];
  if (options.peerScriptPath !== undefined) {
    workers.push({ name: 'peer', scriptPath: options.peerScriptPath, modules: true, modulesRoot: dirname(options.peerScriptPath), bindings: { UPSTREAM: options.upstreamUrl }, ...common });
  }
  const mf = new Miniflare({ log: new NoOpLog(), workers });
  await mf.ready;
  const workerdPid = findWorkerdPid();
  if (workerdPid === undefined) {
    await mf.dispose();
    throw new Error('could not find the workerd process Miniflare started');
  }
  const url = async (name: string) => (await mf.unsafeGetDirectURL(name)).href.replace(/\/$/, '');
  return {
    gatewayUrl: await url('gateway'),
    bareUrl: await url('bare'),
    peerUrl: options.peerScriptPath === undefined ? undefined : await url('peer'),
    workerdPid,
    dispose: () => mf.dispose(),
  };
}
