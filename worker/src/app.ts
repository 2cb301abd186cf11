// Builds the Hono app: cross-cutting middleware, routes, and the one place errors are rendered.
import { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';
import { ProxyError } from './errors.ts';
import { closeRequestDatabase } from './db/request-database.ts';
import { autoMigrate } from './middleware/auto-migrate.ts';
import { requestContext } from './middleware/request-context.ts';
import { errorResponse } from './respond-error.ts';
import { health } from './routes/health.ts';
import { admin } from './routes/admin/admin.ts';
import { proxy, proxyCors } from './routes/proxy.ts';
import { usageRoute } from './routes/usage.ts';

export function buildApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestContext);
  app.route('/', health);
  app.use('*', autoMigrate);
  app.use('*', closeRequestDatabase);
  app.route('/api/admin', admin);
  app.use('*', proxyCors);
  app.route('/', usageRoute);
  app.route('/', proxy);

  app.notFound((c) =>
    errorResponse(c.req.raw, c.get('requestId'), { kind: 'not_found', status: 404, message: `No route for ${c.req.method} ${c.req.path}` }),
  );
  app.onError((error, c) => {
    const requestId = c.get('requestId');
    if (error instanceof ProxyError) {
      return errorResponse(c.req.raw, requestId, error, error.headers);
    }
    c.get('log').error('Unhandled error', { error });
    return errorResponse(c.req.raw, requestId, { kind: 'internal', status: 500, message: 'Internal error' });
  });
  return app;
}
