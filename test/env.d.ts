// The bindings the workerd tests see (wrangler.toml plus vitest.config.ts's test bindings).
import type { Env as WorkerEnv } from '../worker/src/env.ts';

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      DATABASE_URL: string;
      NEON_WS_PROXY: string;
      UPSTASH_REDIS_REST_URL: string;
      UPSTASH_REDIS_REST_TOKEN: string;
      TEST_CONTROL_URL: string;
      ADMIN_TOKEN: string;
      CACHE_NAMESPACE: string;
      ENCRYPTION_KEY: string;
      MOCK_UPSTREAM_URL: string;
      /** JSON of TestProxyAddresses (scripts/outbound-proxies/start-test-proxies.ts). */
      OUTBOUND_PROXIES: string;
      WEBHOOK_RECORDER_URL: string;
    }
  }
}
