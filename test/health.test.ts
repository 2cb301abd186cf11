import { SELF } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import { control } from './support/control.ts';

interface HealthBody {
  status: string;
  failing: string[];
  version: string;
  database: { status: string; error?: string; migration?: string | null; latestMigration?: string | null };
  cache: { status: string };
  durableObjects: { status: string };
}

async function health(): Promise<{ status: number; body: HealthBody; requestId: string | null }> {
  const response = await SELF.fetch('http://gateway/health');
  return { status: response.status, body: await response.json<HealthBody>(), requestId: response.headers.get('x-request-id') };
}

describe('GET /health', () => {
  afterEach(async () => {
    await control('db/start');
  });

  it('reports the database, cache, Durable Objects, migration version and app version', async () => {
    const { status, body, requestId } = await health();
    expect(status).toBe(200);
    expect(requestId).toMatch(/^req_[0-9a-f]{32}$/);
    expect(body.status).toBe('ok');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.database.status).toBe('ok');
    expect(body.database.migration).toBe(body.database.latestMigration);
    expect(body.database.migration).toMatch(/^\d{4}_/);
    expect(body.durableObjects.status).toBe('ok');
    expect(['ok', 'disabled']).toContain(body.cache.status);
  });

  it('turns 503 naming the database when it stops, and recovers by itself when it returns', async () => {
    expect((await health()).status).toBe(200);
    await control('db/stop');
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.failing).toEqual(['database']);
    expect(down.body.database.error).toMatch(/^Database connection failed: connection refused by 127\.0\.0\.1:\d+/);
    expect(down.body.database.error).toContain('postgres://user:password@host:port/database');

    await control('db/start');
    const up = await health();
    expect(up.status).toBe(200);
    expect(up.body.database.status).toBe('ok');
  });
});
