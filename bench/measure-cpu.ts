// CPU per request (SPEC §13: process CPU time / requests): workerd's CPU time read from /proc before
// and after a run of requests. The wait before the second reading lets work the requests deferred
// (log rows flushed by the outbox's alarm) land inside the measurement.
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuMs } from './workerd-process.ts';

export interface CpuRun<T> {
  cpuPerRequestMs: number;
  value: T;
}

export async function measureCpu<T>(pid: number, requests: number, run: () => Promise<T>, settleMs: number): Promise<CpuRun<T>> {
  const before = cpuMs(pid);
  const value = await run();
  await sleep(settleMs);
  return { cpuPerRequestMs: (cpuMs(pid) - before) / requests, value };
}
