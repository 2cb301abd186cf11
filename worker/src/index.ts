// Worker entry: HTTP through the Hono app, cron through the job table, and the Durable Object classes.
import { buildApp } from './app.ts';
import type { Env } from './env.ts';
import { runScheduled } from './scheduled.ts';

export { Limiter } from '../../durable-objects/limiter/limiter.ts';
export { LogOutbox } from '../../durable-objects/log-outbox/log-outbox.ts';
export { Migrator } from '../../durable-objects/migrator/migrator.ts';
export { ProviderGate } from '../../durable-objects/provider-gate/provider-gate.ts';

const app = buildApp();

export default {
  fetch: app.fetch,
  scheduled: (controller, env, ctx) => ctx.waitUntil(runScheduled(controller, env)),
} satisfies ExportedHandler<Env>;
