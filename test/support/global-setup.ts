// Global setup of the workerd tests: starts test-services.ts as a Node child process (outside Vite's
// module graph, which resolves packages for workerd) and hands its addresses to the tests.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { TestProject } from 'vitest/node';
import type { TestServices } from './test-services.ts';

declare module 'vitest' {
  export interface ProvidedContext extends TestServices {}
}

export default async function setup(project: TestProject) {
  const script = new URL('./test-services.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const firstLine = await Promise.race([
    new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve)),
    exited.then((code) => {
      throw new Error(`test services exited with code ${code} before they were ready`);
    }),
  ]);
  const services = JSON.parse(firstLine) as TestServices;
  for (const [key, value] of Object.entries(services)) project.provide(key as keyof TestServices, value);

  return async () => {
    child.kill('SIGTERM');
    await exited;
  };
}
