// Command-line options of `npm run bench` and the sample counts they imply.
import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  /** Rounds of the interleaved same-format latency run (each round: one request per target). */
  latencyRounds: number;
  streamRounds: number;
  gapStreams: number;
  gapDelayMs: number;
  cpuRequests: number;
  cpuLargeRequests: number;
  largeRequestBytes: number;
  concurrency: number;
  throughputMs: number;
  bigStreamBytes: number;
  rssIntervalMs: number;
  outDir: string;
  /** A bundled Workers module (path or package) to add as one more target, if given. */
  peer: string | undefined;
  /** Extra headers for the peer, `name: value`; `{upstream}` stands for the mock's URL. */
  peerHeaders: string[];
}

export const usage = `usage: npm run bench -- [--quick] [--out <dir>] [--peer <path-or-package> [--peer-header 'name: value' ...]]`;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results' },
      peer: { type: 'string' },
      'peer-header': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new Error(usage);
  const quick = values.quick;
  const scale = (full: number, fast: number) => (quick ? fast : full);
  return {
    quick,
    latencyRounds: scale(1000, 200),
    streamRounds: scale(200, 50),
    gapStreams: scale(5, 2),
    gapDelayMs: 20,
    cpuRequests: scale(1000, 250),
    cpuLargeRequests: scale(200, 50),
    largeRequestBytes: 200 * 1024,
    concurrency: 64,
    throughputMs: scale(5000, 2000),
    bigStreamBytes: 100 * 1000 * 1000,
    rssIntervalMs: 100,
    outDir: values.out,
    peer: values.peer,
    peerHeaders: values['peer-header'],
  };
}
