// The Hono context every route sees: bindings plus what the middleware establishes once per request.
import type { Config } from './config.ts';
import type { Env } from './env.ts';
import type { Logger } from './log.ts';

export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    config: Config;
    log: Logger;
  };
}
