// Finds the workerd process Miniflare started (a child of this Node process) and reads its CPU time
// and resident memory from /proc, so CPU per request is the runtime's own, not the load generator's.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** User and system CPU time, in clock ticks. */
  utime: number;
  stime: number;
  /** Resident set size, in pages. */
  rssPages: number;
}

/** Parses /proc/<pid>/stat; the command name may contain spaces and parentheses. */
export function parseProcStat(text: string): ProcStat {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error('not a /proc/<pid>/stat line');
  // Fields after the name start at field 3 (state); utime is field 14, stime 15, rss 24.
  const rest = text.slice(close + 2).trim().split(/\s+/);
  const field = (n: number) => Number(rest[n - 3]);
  return {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    ppid: field(4),
    utime: field(14),
    stime: field(15),
    rssPages: field(24),
  };
}

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const pageBytes = Number(execFileSync('getconf', ['PAGESIZE']).toString().trim()) || 4096;

function readStat(pid: number): ProcStat | undefined {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The pid of the workerd child of `parentPid`, or undefined when there is none. */
export function findWorkerdPid(parentPid = process.pid): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === parentPid && stat.comm.includes('workerd')) return stat.pid;
  }
  return undefined;
}

/** CPU time (user + system) the process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readStat(pid);
  if (stat === undefined) throw new Error(`process ${pid} is gone`);
  return ((stat.utime + stat.stime) * 1000) / ticksPerSecond;
}

/** Resident memory, in MB (10^6 bytes). */
export function rssMb(pid: number): number {
  const stat = readStat(pid);
  if (stat === undefined) throw new Error(`process ${pid} is gone`);
  return (stat.rssPages * pageBytes) / 1_000_000;
}
