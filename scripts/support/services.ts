// Reachability of the local PostgreSQL and Redis that tests use when present.
// With REQUIRE_SERVICES=1 (CI) a missing service is an error instead of a skip.
import { connect } from 'node:net';

export interface Service {
  name: string;
  host: string;
  port: number;
}

export const localPostgres: Service = { name: 'PostgreSQL', host: '127.0.0.1', port: 5432 };
export const localRedis: Service = { name: 'Redis', host: '127.0.0.1', port: 6379 };

/** The URL tests use for the machine's PostgreSQL (trust auth, database `test`). */
export const localPostgresUrl = 'postgres://postgres@127.0.0.1:5432/test';
export const localRedisUrl = 'redis://127.0.0.1:6379';

export function reachable(service: Service, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: service.host, port: service.port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Whether tests needing `service` should run. Prints the reason when they are skipped;
 * throws when REQUIRE_SERVICES=1 and the service is unreachable.
 */
export async function serviceAvailable(service: Service): Promise<boolean> {
  if (await reachable(service)) return true;
  const reason = `${service.name} is not reachable at ${service.host}:${service.port}`;
  if (process.env.REQUIRE_SERVICES === '1') {
    throw new Error(`${reason}, and REQUIRE_SERVICES=1 requires it`);
  }
  console.warn(`skipping ${service.name} tests: ${reason}`);
  return false;
}
