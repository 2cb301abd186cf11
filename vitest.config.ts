// Two projects: pure code and Node-side tools in Node; the worker itself inside workerd.
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest-results.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['worker/src/**/*.test.ts', 'durable-objects/**/*.test.ts', 'scripts/**/*.test.ts'],
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
                ENCRYPTION_KEY: 'test-encryption-key-0123456789abcdef0123',
                ADMIN_TOKEN: 'test-admin-token-0123456789abcdef0123456789',
                LOG_LEVEL: 'warn',
              },
            },
          })),
        ],
        test: {
          name: 'workers',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
