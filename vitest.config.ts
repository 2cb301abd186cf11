// Three projects: pure code and Node-side tools in Node; the worker itself inside workerd; the admin
// SPA end to end in headless Chromium against the whole gateway.
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

const runNamespace = `cch-test-${Date.now().toString(36)}-${process.pid}`;

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest-results.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['worker/src/**/*.test.ts', 'durable-objects/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                DATABASE_URL: inject<string>('databaseUrl'),
                NEON_WS_PROXY: inject<string>('neonWsProxy'),
                UPSTASH_REDIS_REST_URL: inject<string>('upstashUrl'),
                UPSTASH_REDIS_REST_TOKEN: inject<string>('upstashToken'),
                TEST_CONTROL_URL: inject<string>('controlUrl'),
                MOCK_UPSTREAM_URL: inject<string>('mockUrl'),
                OUTBOUND_PROXIES: inject<string>('outboundProxies'),
                WEBHOOK_RECORDER_URL: inject<string>('webhookRecorderUrl'),
                ENCRYPTION_KEY: 'test-encryption-key-0123456789abcdef0123',
                ADMIN_TOKEN: 'test-admin-token-0123456789abcdef0123456789',
                LOG_LEVEL: 'warn',
                // Each run its own keys in the shared Redis: ids restart with each run's fresh database.
                CACHE_NAMESPACE: runNamespace,
              },
            },
          })),
        ],
        test: {
          name: 'workers',
          include: ['test/**/*.test.ts'],
          // Some files stop the test database on purpose; run files one at a time so none sees another's outage.
          fileParallelism: false,
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          // The SPA's pure modules are tested here too: the unit project is for the worker's side.
          include: ['test-e2e/**/*.test.ts', 'admin/src/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
