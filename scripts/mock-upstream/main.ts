// Starts the mock upstream from the command line (backs `npm run demo`): --port / MOCK_PORT, default 8788;
// --record-limit caps the requests kept for /__mock/requests (a benchmark may pass 0).
import { parseArgs } from 'node:util';
import { startMockUpstream } from './server.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, 'record-limit': { type: 'string' } } });
const port = Number(values.port ?? process.env.MOCK_PORT ?? 8788);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`invalid port: ${String(values.port ?? process.env.MOCK_PORT)}`);
  process.exit(1);
}
const recordLimit = values['record-limit'] === undefined ? undefined : Number(values['record-limit']);
const mock = await startMockUpstream({ port, host: values.host ?? '127.0.0.1', recordLimit });
console.log(`mock upstream listening on ${mock.url}`);
const stop = () => {
  void mock.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
