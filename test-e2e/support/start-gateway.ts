// Starts the whole gateway as a newcomer would (`npm run demo`): embedded database, wrangler dev,
// the mock upstream, on a free port with its own data folder; reads what the banner prints.
import { launchDev } from '../../scripts/support/launch-dev.ts';

export interface Gateway {
  baseUrl: string;
  adminToken: string;
  demoKey: string;
  mockUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

function bannerValue(output: string, pattern: RegExp, what: string): string {
  const value = output.match(pattern)?.[1];
  if (value === undefined) throw new Error(`the banner has no ${what}:\n${output}`);
  return value;
}

export async function startGateway(): Promise<Gateway> {
  const dev = await launchDev(['--demo']);
  try {
    const output = dev.output();
    return {
      baseUrl: dev.baseUrl,
      adminToken: bannerValue(output, /Admin token: +([A-Za-z0-9]+)/, 'admin token'),
      demoKey: bannerValue(output, /Demo key: +(cch_[A-Za-z0-9]+)/, 'demo key'),
      mockUrl: bannerValue(output, /Mock upstream: +(http:\/\/\S+)/, 'mock upstream URL'),
      output: dev.output,
      stop: async () => {
        await dev.stop();
      },
    };
  } catch (error) {
    await dev.stop();
    throw error;
  }
}
